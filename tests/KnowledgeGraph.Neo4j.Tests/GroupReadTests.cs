using System.Text.Json;
using KnowledgeGraph.Cypher;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>
/// The sync reads a group of pending articles in one set-based read (<see cref="Storage.GraphStore.ReadArticleGroup"/>):
/// it must give the graph that merging the articles' own graphs (<see cref="Storage.GraphStore.ReadArticle"/>) gives,
/// so the same rows go on the wire.
/// </summary>
public sealed class GroupReadTests : StoreTestBase
{
    private const string Colleagues = "Ерлан Карин и Анна Петрова — коллеги по Казахстану.";

    private readonly ArticleBuilder _first = Articles.Meeting();
    private readonly ArticleBuilder _second = Articles.Meeting(" Встреча прошла тепло.");

    // Карин and Петрова again: an affiliation without evidence, a MENTIONS edge with its own confidence, a relationship
    // to an organization the text never names (an entity without mentions) and a MENTIONS edge to it (kept in relationships).
    private readonly ArticleBuilder _third = new ArticleBuilder(Colleagues + "\nПетрова вступила в клуб.", "third.txt")
        .Entity("person:erlan-karin", "Ерлан Карин")
        .Entity("person:anna-petrova", "Анна Петрова", GraphLabels.Person, ["Петрова"])
        .Entity("country:kazakhstan", "Казахстану", GraphLabels.Country)
        .Entity("organization:soyuz-sport", "Союз-Спорт", GraphLabels.Organization)
        .Rel(RelationshipTypes.AffiliatedWith, "person:erlan-karin", "person:anna-petrova")
        .Rel(RelationshipTypes.MemberOf, "person:anna-petrova", "organization:soyuz-sport", "Петрова вступила в клуб.", 0.6);

    // The same two people once more: the affiliation without evidence goes with both articles, once. A character
    // outside the basic plane before the evidence: its offsets are not SQLite's, so the store keeps its sentence.
    private readonly ArticleBuilder _fourth = new ArticleBuilder("\U0001F642 Анна Петрова поблагодарила Ерлана Карина.", "fourth.txt")
        .Entity("person:anna-petrova", "Анна Петрова")
        .Entity("person:erlan-karin", "Ерлана Карина")
        .Rel(RelationshipTypes.Praised, "person:anna-petrova", "person:erlan-karin", "Анна Петрова поблагодарила Ерлана Карина.", 0.75);

    // Not in the group: its evidence for the shared meeting must not be read.
    private readonly ArticleBuilder _outside = Articles.Meeting(" Пресс-служба сообщила подробности.");

    public GroupReadTests()
    {
        _third.Rel(RelationshipTypes.Mentions, _third.Key, "person:erlan-karin", Colleagues, 0.5)
            .Rel(RelationshipTypes.Mentions, _third.Key, "organization:soyuz-sport", null, 1.0);
        foreach (var article in new[] { _first, _second, _third, _fourth, _outside })
        {
            Save(article);
        }
    }

    [Fact]
    public void A_group_read_gives_the_merged_graphs_of_its_articles()
    {
        // Not in the order they were stored: evidence follows the order of the group.
        string[] keys = [_fourth.Key, _second.Key, _third.Key, _first.Key];

        var group = Store.ReadArticleGroup(keys);
        var merged = GraphRows.Merge(keys.Select(Store.ReadArticle));

        Assert.Equal(Canonical(merged), Canonical(group));
        Assert.Equal(keys, group.Articles.Select(a => a.Key));
        var meeting = Assert.Single(group.Relationships, r => r.Type == RelationshipTypes.MetWith);
        Assert.Equal([_second.Key, _first.Key], meeting.Evidence.Select(e => e.ArticleKey));
        Assert.Single(group.Relationships, r => r.Type == RelationshipTypes.AffiliatedWith);
        Assert.Contains(group.Entities, e => e.Key == "organization:soyuz-sport");
    }

    [Fact]
    public void A_group_read_puts_the_same_rows_on_the_wire_in_the_same_order_as_the_articles_read_one_by_one()
    {
        string[] keys = [_third.Key, _first.Key, _fourth.Key, _second.Key];
        Assert.Equal(Rows(GraphRows.Merge(keys.Select(Store.ReadArticle))), Rows(Store.ReadArticleGroup(keys)));
    }

    [Fact]
    public void A_group_of_one_is_the_article_read_alone()
    {
        foreach (var key in new[] { _first.Key, _third.Key, _fourth.Key })
        {
            Assert.Equal(Canonical(Store.ReadArticle(key)), Canonical(Store.ReadArticleGroup([key])));
        }
    }

    [Fact]
    public void Keys_not_stored_and_repeated_keys_are_left_out()
    {
        var group = Store.ReadArticleGroup(["article:sha256:none", _fourth.Key, _fourth.Key]);
        Assert.Equal(Canonical(Store.ReadArticle(_fourth.Key)), Canonical(group));
        Assert.Empty(Store.ReadArticleGroup(["article:sha256:none"]).Relationships);
        Assert.Empty(Store.ReadArticleGroup([]).Articles);
    }

    /// <summary>The graph as lines, in its order (the order of the rows on the wire).</summary>
    private static List<string> Canonical(GraphSnapshot g) =>
    [
        .. g.Articles.Select(a => a.ToString()),
        .. g.Entities.Select(e => $"{e.Key}|{e.Label}|{e.Name}|{string.Join(",", e.Aliases)}|{PropertyBag.ToJson(e.Properties)}|{e.MentionCount}"),
        .. g.Relationships.Select(r => $"{r.Type}|{r.Start}|{r.End}|{PropertyBag.ToJson(r.Properties)}|{r.ArticleCount}|{string.Join(";", r.Evidence)}"),
    ];

    /// <summary>Every row the writer would send, with its template, in the order sent.</summary>
    private static List<string> Rows(GraphSnapshot g) =>
        GraphRows.Statements(g, SinkHarness.Catalog)
            .SelectMany(s => ((List<object?>)s.Parameters["rows"]!).Select(row => s.Template + " " + JsonSerializer.Serialize(row)))
            .ToList();
}
