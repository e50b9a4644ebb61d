using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>
/// Which events one article holds: distinct events stay distinct, one event is one node whatever its
/// case, a generic event belongs to its article, and every kind is a Russian noun. Our own texts.
/// </summary>
public class EventIdentityTests
{
    private static List<Entity> EventsOf(string text, string path = "test.txt") =>
        Extractors.Default.Extract(Extractors.Article("Заголовок\n\n" + text, path)).Entities.Where(e => e.Label == GraphLabels.Event).ToList();

    [Fact]
    public void Distinct_dialogues_of_one_article_stay_distinct()
    {
        var events = EventsOf("Министр провел в Риге двусторонний диалог с коллегами из Латвии. Затем он выступил на заседании регионального диалога по безопасности. "
            + "В рамках открытого диалога стороны обсудили энергетику.");
        var dialogues = events.Where(e => e.Name.Contains("иалог", StringComparison.Ordinal)).Select(e => e.Name.ToLowerInvariant()).Order().ToList();
        Assert.Equal(["двусторонний диалог", "открытый диалог", "региональный диалог"], dialogues);
    }

    [Fact]
    public void A_bare_mention_joins_the_event_named_before_it()
    {
        var events = EventsOf("Министр прибыл в Ригу с официальным визитом. В ходе визита он посетил порт.");
        var visit = Assert.Single(events, e => e.Name.Contains("изит", StringComparison.Ordinal));
        Assert.Equal(2, visit.Mentions.Count);
    }

    [Fact]
    public void Generic_event_names_are_never_shared_across_articles()
    {
        var a = EventsOf("Отдельная сессия была посвящена вопросам торговли. Встреча прошла в здании парламента.", "a.txt");
        var b = EventsOf("Отдельная сессия была посвящена культуре. Встреча прошла в мэрии.", "b.txt");
        Assert.NotEmpty(a);
        Assert.Empty(a.Select(e => e.Key).Intersect(b.Select(e => e.Key)));
    }

    [Fact]
    public void One_event_whatever_the_case_of_its_first_letter()
    {
        var events = EventsOf("Встреча прошла в здании мэрии. После встречи министр ответил на вопросы. Вторая встреча не состоялась.");
        Assert.Single(events, e => e.Name.Contains("стреч", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_session_of_a_named_event_is_part_of_it_not_an_event_of_its_own()
    {
        var events = EventsOf("Министр принял участие в Конвенции по климату. Отдельная сессия Конвенции была посвящена торговле.");
        Assert.DoesNotContain(events, e => e.Name.Contains("ессия", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Отдельная сессия была посвящена вопросам торговли.", "сессия")]
    [InlineData("Встреча прошла в здании парламента.", "встреча")]
    [InlineData("Министр прибыл в Ригу с официальным визитом.", "визит")]
    [InlineData("В Риге открылась выставка современного искусства.", "выставка")]
    public void Event_kind_is_a_russian_noun(string text, string kind)
    {
        var ev = Assert.Single(EventsOf(text));
        Assert.Equal(kind, ev.Properties["kind"]);
    }
}
