using KnowledgeGraph.Extraction.Tests.Relations;
using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>
/// Named events: the name with its complement, the date as ISO 8601 of the text's precision (relative dates
/// against the article's date), HELD_IN past the complement, and a key shared across articles only when
/// name and date agree. Our own sentences about invented people.
/// </summary>
public class NamedEventTests
{
    private static GraphDocument Extract(string text, string path = "test.txt", string? published = null) =>
        Extractors.Default.Extract(new SourceArticle { Path = path, Title = "Заголовок", Text = "Заголовок\n\n" + text, Published = published });

    private static Entity EventNamed(GraphDocument g, string name) =>
        Assert.Single(g.Entities, e => e.Label == GraphLabels.Event && e.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("Министр Ян Новак выступил на саммите ШОС в Астане.", "Саммит ШОС")]
    [InlineData("Министр Ян Новак приехал на чемпионат мира по хоккею в Риге.", "Чемпионат мира по хоккею")]
    [InlineData("Министр Ян Новак открыл фестиваль «Синяя волна» в Юрмале.", "Фестиваль «Синяя волна»")]
    [InlineData("Министр Ян Новак выступил на Всемирном экономическом форуме в Давосе.", "Всемирный экономический форум")]
    public void A_named_event_is_named_with_its_complement(string sentence, string name)
        => EventNamed(Extract(sentence), name);

    [Theory]
    [InlineData("Саммит ШОС прошел 15 июня 2025 года в Астане.", null, "2025-06-15")]
    [InlineData("Саммит ШОС пройдет в июне 2025 года в Астане.", null, "2025-06")]
    [InlineData("Саммит ШОС пройдет в 2025 году в Астане.", null, "2025")]
    [InlineData("Саммит ШОС прошел 15 июня в Астане.", "2025-09-01", "2025-06-15")]
    [InlineData("Вчера в Астане прошел саммит ШОС.", "2025-06-16", "2025-06-15")]
    [InlineData("Сегодня в Астане открылся саммит ШОС.", "2025-06-15", "2025-06-15")]
    [InlineData("В следующем году саммит ШОС пройдет в Астане.", "2025-06-15", "2026")]
    public void The_date_is_iso_of_the_texts_precision(string sentence, string? published, string date)
        => Assert.Equal(date, EventNamed(Extract(sentence, published: published), "Саммит ШОС").Properties["date"]);

    [Fact]
    public void Without_a_publication_date_a_relative_date_gives_none()
        => Assert.DoesNotContain("date", EventNamed(Extract("Вчера в Астане прошел саммит ШОС."), "Саммит ШОС").Properties.Keys);

    [Theory]
    [InlineData("Саммит [Organization:ШОС] в [City:Астане|Астана] прошел спокойно.", "HELD_IN Саммит ШОС -> Астана")]
    [InlineData("Фестиваль «Синяя волна» в [City:Юрмале|Юрмала] открылся.", "HELD_IN Фестиваль «Синяя волна» -> Юрмала")]
    [InlineData("Чемпионат мира по хоккею в [City:Риге|Рига] начался.", "HELD_IN Чемпионат мира по хоккею -> Рига")]
    public void Held_in_looks_past_the_complement_of_the_name(string marked, string expected)
    {
        var doc = MarkedText.Parse(marked);
        var rels = new KnowledgeGraph.Extraction.Relations.DefaultRelationStage().Extract(doc).ToList();
        Assert.Contains(expected, MarkedText.Describe(doc, rels));
    }

    [Theory]
    [InlineData("[Person:Ян Новак] принял участие в саммите [Organization:ШОС].", "PARTICIPATED_IN Ян Новак -> Саммит ШОС")]
    [InlineData("[Person:Ян Новак] участвовал в чемпионате мира по хоккею.", "PARTICIPATED_IN Ян Новак -> Чемпионат мира по хоккею")]
    [InlineData("[Organization:ЮНЕСКО] организовала фестиваль «Синяя волна».", "ORGANIZED ЮНЕСКО -> Фестиваль «Синяя волна»")]
    [InlineData("Фестиваль «Синяя волна», организованный [Organization:ЮНЕСКО], открылся.", "ORGANIZED ЮНЕСКО -> Фестиваль «Синяя волна»")]
    public void Participants_and_organisers_of_a_named_event(string marked, string expected)
    {
        var doc = MarkedText.Parse(marked);
        var rels = new KnowledgeGraph.Extraction.Relations.DefaultRelationStage().Extract(doc).ToList();
        Assert.Contains(expected, MarkedText.Describe(doc, rels));
    }

    [Fact]
    public void The_same_named_event_with_the_same_date_is_one_node_across_articles()
    {
        var a = EventNamed(Extract("Саммит ШОС прошел 15 июня 2025 года в Астане. Министр Ян Новак выступил там.", "a.txt"), "Саммит ШОС");
        var b = EventNamed(Extract("15 июня 2025 года в Астане открылся саммит ШОС, сообщил Павел Рогов.", "b.txt"), "Саммит ШОС");
        Assert.Equal(a.Key, b.Key);
    }

    [Fact]
    public void The_same_name_with_another_date_or_no_date_is_another_event()
    {
        var a = EventNamed(Extract("Саммит ШОС прошел 15 июня 2025 года в Астане.", "a.txt"), "Саммит ШОС");
        var b = EventNamed(Extract("Саммит ШОС прошел 10 июля 2024 года в Уфе.", "b.txt"), "Саммит ШОС");
        var c = EventNamed(Extract("Саммит ШОС прошел в Астане.", "c.txt"), "Саммит ШОС");
        var d = EventNamed(Extract("Саммит ШОС прошел в Уфе.", "d.txt"), "Саммит ШОС");
        Assert.Equal(4, new[] { a.Key, b.Key, c.Key, d.Key }.Distinct().Count());
    }

    [Fact]
    public void A_generic_event_with_a_date_still_belongs_to_its_article()
    {
        var a = EventNamed(Extract("Рабочая встреча прошла 15 июня 2025 года в Астане.", "a.txt"), "Рабочая встреча");
        var b = EventNamed(Extract("Рабочая встреча прошла 15 июня 2025 года в Астане, сообщил Павел Рогов.", "b.txt"), "Рабочая встреча");
        Assert.NotEqual(a.Key, b.Key);
    }
}
