using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// MENTIONS edges kept in the article's mentions rows (schema 4) read back as the same relationships,
/// through every reader; the edges that do not fit there stay in the relationships table.
/// </summary>
public sealed class MentionEdgeTests : StoreTestBase
{
    private const string Text = "Ирина Соколова прибыла в Костанай. Соколова открыла выставку в Костанае.";

    private static ArticleBuilder Article(string text = Text)
    {
        var a = new ArticleBuilder(text)
            .Entity("person:sokolova-irina", "Ирина Соколова", aliases: ["Соколова"])
            .Entity("city:kostanay", "Костанай", GraphLabels.City, aliases: ["Костанае"]);
        return a;
    }

    private static ArticleBuilder Mentioned(ArticleBuilder a, string entity, string? evidence, params (string Key, object Value)[] properties)
    {
        var count = a.Build().Entities.Single(e => e.Key == entity).Mentions.Count;
        return a.Rel(RelationshipTypes.Mentions, a.Key, entity, evidence, 1.0, [("count", count), .. properties]);
    }

    private long RelationshipRows(string type)
    {
        using var c = new SqliteConnection($"Data Source={DbPath};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM relationships WHERE type = $t";
        cmd.Parameters.AddWithValue("$t", type);
        return (long)cmd.ExecuteScalar()!;
    }

    [Fact]
    public void A_usual_mentions_edge_goes_into_the_mentions_row_and_reads_back_whole()
    {
        var a = Mentioned(Article(), "person:sokolova-irina", "Ирина Соколова прибыла в Костанай.");
        a.Rel(RelationshipTypes.Visited, "person:sokolova-irina", "city:kostanay", "Ирина Соколова прибыла в Костанай.");
        var saved = Save(a);

        Assert.Equal(2, saved.RelationshipsAdded);
        Assert.Equal(0, RelationshipRows(RelationshipTypes.Mentions));
        var expected = new StoredEvidence(a.Key, 0, 34, "Ирина Соколова прибыла в Костанай.", 1.0);
        foreach (var rels in new[] { Store.ReadAll().Relationships, Store.ReadArticle(a.Key).Relationships, Store.RelationshipsOf("person:sokolova-irina"), Store.AllRelationships() })
        {
            var m = Assert.Single(rels, r => r.Type == RelationshipTypes.Mentions);
            Assert.Equal((a.Key, "person:sokolova-irina", 1), (m.Start, m.End, m.ArticleCount));
            Assert.Equal(PropertyBag.ToJson(a.Build().Relationships[0].Properties), PropertyBag.ToJson(m.Properties));
            Assert.Equal(expected, Assert.Single(m.Evidence));
        }

        Assert.DoesNotContain(Store.RelationshipsOf("city:kostanay"), r => r.Type == RelationshipTypes.Mentions);
        Assert.Equal(new StoreCounts(1, 2, 2, 5, 2, 1), Store.Counts());
    }

    [Fact]
    public void Other_properties_and_a_missing_evidence_are_kept()
    {
        var a = Mentioned(Article(), "city:kostanay", null, ("salience", "high"));
        Save(a);

        Assert.Equal(0, RelationshipRows(RelationshipTypes.Mentions));
        var m = Assert.Single(Store.ReadAll().Relationships);
        Assert.Equal(PropertyBag.ToJson(a.Build().Relationships[0].Properties), PropertyBag.ToJson(m.Properties));
        Assert.Contains("salience", m.Properties.Keys);
        Assert.Empty(m.Evidence);
        Assert.Equal(0, m.ArticleCount);
    }

    [Fact]
    public void An_edge_with_several_evidence_spans_stays_a_relationship_row()
    {
        var a = Mentioned(Article(), "city:kostanay", "Ирина Соколова прибыла в Костанай.");
        var doc = a.Build();
        var m = doc.Relationships.Single();
        m.AllEvidence.Add(m.Evidence!);
        m.AllEvidence.Add(TextSpan.Of(Text, 35, Text.Length));
        Store.Save(a.Source, doc);

        Assert.Equal(1, RelationshipRows(RelationshipTypes.Mentions));
        Assert.Equal(2, Assert.Single(Store.ReadArticle(a.Key).Relationships).Evidence.Count);
    }

    [Fact]
    public void An_edge_to_an_entity_without_mentions_stays_a_relationship_row()
    {
        var a = Article().Entity("country:kazakhstan", "Казахстан", GraphLabels.Country);
        a.Rel(RelationshipTypes.Mentions, a.Key, "country:kazakhstan", confidence: 1.0);
        Save(a);

        Assert.Equal(1, RelationshipRows(RelationshipTypes.Mentions));
        Assert.Equal("country:kazakhstan", Assert.Single(Store.ReadAll().Relationships).End);
    }

    [Fact]
    public void Evidence_in_a_text_with_characters_outside_the_basic_plane_keeps_its_own_text()
    {
        const string text = "Ирина Соколова прибыла в Костанай 😀. Соколова открыла выставку в Костанае.";
        var a = Mentioned(Article(text), "city:kostanay", "Соколова открыла выставку в Костанае.");
        Save(a);

        Assert.Equal(1, RelationshipRows(RelationshipTypes.Mentions));
        Assert.Equal("Соколова открыла выставку в Костанае.", Assert.Single(Assert.Single(Store.ReadAll().Relationships).Evidence).Text);
    }
}
