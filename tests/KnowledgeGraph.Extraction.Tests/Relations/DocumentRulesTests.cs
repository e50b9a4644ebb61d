using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>Rules that read past one sentence: implicit actor, collective subjects, events, evidence.</summary>
public class DocumentRulesTests
{
    private const string VisitReport =
        "[Person:Лейла Назарова] совершила официальный визит в [City:Оттаву|Оттава].\n" +
        "Переговоры с руководством [Organization:Парламента Канады|Парламент Канады] позволили обсудить торговлю. " +
        "На встречах с депутатами [Person:Д.Тремблеем|Д.Тремблей] и [Person:К.Руа] обсуждены вопросы экологии. " +
        "Канадская сторона высоко оценила усилия [Country:Узбекистана|Узбекистан] в регионе. " +
        "Стороны достигли договоренности о новом форуме. " +
        "В рамках визита [Person:Л.Назарова|Лейла Назарова] приняла участие в работе Конференции по климату. " +
        "По итогам визита состоялся прием по случаю Дня независимости, организованный [Organization:Посольством Узбекистана|Посольство Узбекистана].\n" +
        "Позднее [Country:Канада] и [Country:Узбекистан] подписали меморандум.";

    [Theory]
    // the implicit actor: subjectless meeting sentences belong to the visitor
    [InlineData("MET_WITH Лейла Назарова -> Парламент Канады")]
    [InlineData("MET_WITH Д.Тремблей -> Лейла Назарова")]
    [InlineData("MET_WITH К.Руа -> Лейла Назарова")]
    [InlineData("VISITED Лейла Назарова -> Оттава")]
    // collective subjects: «Канадская сторона» is Canada, «Стороны» the two states of the visit
    [InlineData("PRAISED Канада -> Узбекистан")]
    [InlineData("AGREED_WITH Канада -> Узбекистан")]
    // events as nodes
    [InlineData("PARTICIPATED_IN Лейла Назарова -> Официальный визит в Оттава")]
    [InlineData("HELD_IN Официальный визит в Оттава -> Оттава")]
    [InlineData("PARTICIPATED_IN Лейла Назарова -> Конференция по климату")]
    [InlineData("ORGANIZED Посольство Узбекистана -> Прием по случаю Дня независимости")]
    [InlineData("LOCATED_IN Оттава -> Канада")]
    public void Visit_report_gives(string expected)
    {
        var doc = MarkedText.Parse(VisitReport);
        var got = MarkedText.Describe(doc, new DefaultRelationStage().Extract(doc));
        Assert.True(got.Contains(expected), string.Join("\n", got));
    }

    [Theory]
    [InlineData("MET_WITH Д.Тремблей -> К.Руа")]
    [InlineData("PRAISED Лейла Назарова -> Узбекистан")]
    [InlineData("VISITED Лейла Назарова -> Парламент Канады")]
    public void Visit_report_does_not_give(string unexpected)
    {
        var doc = MarkedText.Parse(VisitReport);
        Assert.DoesNotContain(unexpected, MarkedText.Describe(doc, new DefaultRelationStage().Extract(doc)));
    }

    [Fact]
    public void Events_are_entities_with_kind_and_mentions_on_the_text()
    {
        var doc = MarkedText.Parse(VisitReport);
        _ = new DefaultRelationStage().Extract(doc).ToList();
        var events = doc.Entities.Where(e => e.Label == GraphLabels.Event).ToDictionary(e => (string)e.Properties["kind"]);
        Assert.Equal("Официальный визит в Оттава", events["визит"].Name);
        Assert.Equal(3, events["визит"].Mentions.Count);
        foreach (var m in events.Values.SelectMany(e => e.Mentions))
        {
            Assert.Equal(doc.Article.Text[m.Start..m.End], m.Text);
        }
    }

    [Fact]
    public void Evidence_is_the_sentence_in_the_original_text_and_repeats_are_merged()
    {
        var doc = MarkedText.Parse(
            "[Person:Нина Крайнова] встретилась с [Person:Олегом Зиминым|Олег Зимин] утром. " +
            "Вечером [Person:Олег Зимин] снова встретился с [Person:Н.Крайновой|Нина Крайнова].");
        var rels = new DefaultRelationStage().Extract(doc).ToList();
        var met = Assert.Single(rels);
        Assert.Equal(RelationshipTypes.MetWith, met.Type);
        Assert.Equal(2, met.AllEvidence.Count);
        Assert.Equal(met.AllEvidence[0], met.Evidence);
        foreach (var ev in met.AllEvidence)
        {
            Assert.Equal(doc.Article.Text[ev.Start..ev.End], ev.Text);
        }

        Assert.StartsWith("Нина Крайнова встретилась", met.AllEvidence[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Вечером Олег Зимин", met.AllEvidence[1].Text, StringComparison.Ordinal);
        Assert.InRange((double)met.Properties["confidence"], 0.0, 1.0);
    }

    [Fact]
    public void Relationships_only_join_entities_of_the_document()
    {
        var doc = MarkedText.Parse(VisitReport);
        var rels = new DefaultRelationStage().Extract(doc).ToList();
        var keys = doc.Entities.Select(e => e.Key).ToHashSet();
        Assert.All(rels, r => Assert.True(keys.Contains(r.Start) && keys.Contains(r.End), $"{r.Type} {r.Start} -> {r.End}"));
    }
}
