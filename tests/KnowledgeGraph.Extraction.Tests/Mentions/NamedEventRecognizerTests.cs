using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Mentions;

/// <summary>
/// Well-known recurring events named on their own (<c>named-events.txt</c>) are Event entities in any case, with
/// the lexicon's name and kind; an edition with a date shares its key across articles, one without belongs to
/// its article. Our own sentences about invented people.
/// </summary>
public class NamedEventRecognizerTests
{
    private static GraphDocument Extract(string text, string path = "test.txt") =>
        Extractors.Default.Extract(new SourceArticle { Path = path, Title = "Заголовок", Text = "Заголовок\n\n" + text });

    [Theory]
    [InlineData("Спортсменка Ирма Калнина выступит на Олимпийских играх.", "Олимпийские игры", "игры")]
    [InlineData("Олимпийские игры откроются в пятницу.", "Олимпийские игры", "игры")]
    [InlineData("Ирма Калнина завоевала медаль Паралимпийских игр.", "Паралимпийские игры", "игры")]
    [InlineData("Ирма Калнина готовится к Зимним Олимпийским играм.", "Зимние Олимпийские игры", "игры")]
    [InlineData("Певица Ирма Калнина представит страну на Евровидении.", "Евровидение", "конкурс")]
    [InlineData("Евровидение пройдет весной.", "Евровидение", "конкурс")]
    [InlineData("Министр Ян Новак выступил на Всемирном экономическом форуме.", "Всемирный экономический форум", "форум")]
    [InlineData("Министр Ян Новак приехал на Давосский форум.", "Всемирный экономический форум", "форум")]
    [InlineData("Фильм режиссера Яна Новака покажут на Каннском кинофестивале.", "Каннский кинофестиваль", "кинофестиваль")]
    [InlineData("Министр Ян Новак выступил на Мюнхенской конференции по безопасности.", "Мюнхенская конференция по безопасности", "конференция")]
    public void A_well_known_event_named_on_its_own_is_an_event(string sentence, string name, string kind)
    {
        var e = Assert.Single(Extract(sentence).Entities, e => e.Label == GraphLabels.Event && e.Name == name);
        Assert.Equal(kind, e.Properties["kind"]);
    }

    [Fact]
    public void An_edition_with_a_date_is_one_node_across_articles()
    {
        var a = Extract("Олимпийские игры 2028 года пройдут в Лос-Анджелесе.", "a.txt");
        var b = Extract("Ирма Калнина поедет на Олимпийские игры 2028 года.", "b.txt");
        var key = Assert.Single(a.Entities, e => e.Name == "Олимпийские игры").Key;
        Assert.Equal("event:olimpiyskie-igry-2028", key);
        Assert.Equal(key, Assert.Single(b.Entities, e => e.Name == "Олимпийские игры").Key);
    }

    [Fact]
    public void Without_a_date_the_event_belongs_to_its_article()
    {
        var a = Extract("Ирма Калнина выступит на Евровидении.", "a.txt");
        var b = Extract("Ян Новак выступит на Евровидении.", "b.txt");
        Assert.NotEqual(Assert.Single(a.Entities, e => e.Name == "Евровидение").Key, Assert.Single(b.Entities, e => e.Name == "Евровидение").Key);
    }

    [Theory]
    [InlineData("Ирма Калнина любит летние игры во дворе.")] // lower-case words are no name of the lexicon
    [InlineData("Ян Новак вспоминал олимпийские игры своего детства.")]
    public void Lower_case_words_are_no_named_event(string sentence)
        => Assert.DoesNotContain(Extract(sentence).Entities, e => e.Label == GraphLabels.Event);
}
