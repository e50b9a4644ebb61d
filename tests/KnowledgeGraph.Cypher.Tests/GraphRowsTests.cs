using System.Text.RegularExpressions;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cypher.Tests;

public class GraphRowsTests
{
    private static readonly TemplateCatalog Catalog = TemplateCatalog.LoadDefault();

    private static List<Dictionary<string, object?>> Rows(CypherStatement s) =>
        Assert.IsType<List<object?>>(s.Parameters["rows"]).Cast<Dictionary<string, object?>>().ToList();

    [Fact]
    public void Every_template_parameter_is_supplied_and_nothing_else()
    {
        var statements = GraphRows.Statements(Sample.Graph(), Catalog).Concat(GraphRows.Schema(Catalog)).ToList();
        Assert.NotEmpty(statements);
        foreach (var s in statements)
        {
            var template = Catalog.Get(s.Template);
            Assert.True(template.Parameters.SetEquals(s.Parameters.Keys), $"{s.Template}: uses {string.Join(",", template.Parameters)}, given {string.Join(",", s.Parameters.Keys)}");
            Assert.DoesNotContain("{{", s.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_row_field_a_template_reads_is_in_every_row()
    {
        foreach (var s in GraphRows.Statements(Sample.Graph(), Catalog))
        {
            var used = Regex.Matches(s.Text, @"\brow\.([A-Za-z_]+)").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            Assert.NotEmpty(used);
            Assert.All(Rows(s), row => Assert.True(used.SetEquals(row.Keys), $"{s.Template}: reads {string.Join(",", used)}, row has {string.Join(",", row.Keys)}"));
        }
    }

    [Theory]
    [InlineData(1, 7)]
    [InlineData(2, 4)]
    [InlineData(3, 3)]
    [InlineData(7, 1)]
    [InlineData(1000, 1)]
    public void People_come_in_batches_of_the_given_size(int batchSize, int batches)
    {
        var people = GraphRows.Statements(Sample.Graph(people: 7), Catalog, batchSize).Where(s => s.Template == "write/node-person").ToList();
        Assert.Equal(batches, people.Count);
        Assert.All(people.SkipLast(1), s => Assert.Equal(batchSize, Rows(s).Count));
        Assert.Equal(7, people.Sum(s => Rows(s).Count));
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"person:p{i}"), people.SelectMany(Rows).Select(r => r["key"]));
    }

    [Fact]
    public void A_batch_size_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GraphRows.Statements(Sample.Graph(), Catalog, 0).ToList());
    }

    [Fact]
    public void Nodes_come_before_relationships_and_articles_first()
    {
        var names = GraphRows.Statements(Sample.Graph(), Catalog).Select(s => s.Template).ToList();
        Assert.Equal("write/node-article", names[0]);
        var lastNode = names.FindLastIndex(n => n.StartsWith("write/node-", StringComparison.Ordinal));
        var firstRel = names.FindIndex(n => n.StartsWith("write/rel-", StringComparison.Ordinal));
        Assert.True(lastNode < firstRel, string.Join(", ", names));
        Assert.Equal(
            ["write/node-article", "write/node-city", "write/node-organization", "write/node-person"],
            names.Take(4));
    }

    [Fact]
    public void Relationships_are_grouped_by_type_and_end_labels()
    {
        var rels = GraphRows.Statements(Sample.Graph(), Catalog).Where(s => s.Template.StartsWith("write/rel-", StringComparison.Ordinal)).ToList();
        var mentions = rels.Where(s => s.Template == "write/rel-mentions").ToList();
        Assert.Equal(2, mentions.Count); // Article->Person and Article->City are two statements
        Assert.Contains(mentions, s => s.Text.Contains("(a:Article {key: row.start})", StringComparison.Ordinal) && s.Text.Contains("(b:City {key: row.end})", StringComparison.Ordinal));
        var visited = Assert.Single(rels, s => s.Template == "write/rel-visited");
        Assert.Contains("(a:Person {key: row.start})", visited.Text, StringComparison.Ordinal);
        Assert.Contains("(b:City {key: row.end})", visited.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Article_row_has_the_metadata_without_nulls()
    {
        var row = GraphRows.ArticleRow(Sample.Graph().Articles[0]);
        Assert.Equal(Sample.ArticleKey, row["key"]);
        Assert.Equal("Встреча в Уральске: обычный текст", row["name"]);
        Assert.Empty(Assert.IsType<List<object?>>(row["aliases"]));
        var props = Assert.IsType<Dictionary<string, object?>>(row["props"]);
        Assert.Equal(["ingestedAt", "language", "path", "published", "source", "title"], props.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(props.Values, v => v is null);
        Assert.Equal("2024-06-02T10:00:00Z", props["ingestedAt"]);
    }

    [Fact]
    public void Entity_row_carries_name_aliases_and_typed_properties()
    {
        var row = GraphRows.EntityRow(Sample.Graph().Entities[1]);
        Assert.Equal("person:p1", row["key"]);
        Assert.Equal(["Ч.1", "обычный текст"], Assert.IsType<List<object?>>(row["aliases"]));
        var props = Assert.IsType<Dictionary<string, object?>>(row["props"]);
        Assert.Equal(41L, props["age"]);
        Assert.Equal(0.5, props["score"]);
    }

    [Fact]
    public void Relationship_row_carries_only_the_evidence_and_articles_it_adds_and_the_count()
    {
        var met = new StoredRelationship
        {
            Type = Sample.Graph().Relationships[0].Type, Start = "person:p0", End = "person:p1", Properties = Sample.Graph().Relationships[0].Properties,
            Evidence = [.. Sample.Graph().Relationships[0].Evidence, new StoredEvidence("article:sha256:other", 0, 18, "Снова встретились.", null)],
            ArticleCount = 7,
        };
        var row = GraphRows.RelationshipRow(met);
        Assert.Equal(("person:p0", "person:p1"), (row["start"], row["end"]));
        Assert.Equal(["Они встретились: обычный текст", "Снова встретились."], Assert.IsType<List<object?>>(row["evidence"]));
        Assert.Equal([Sample.ArticleKey, "article:sha256:other"], Assert.IsType<List<object?>>(row["articles"]));
        Assert.Equal(7L, row["articleCount"]);
        var props = Assert.IsType<Dictionary<string, object?>>(row["props"]);
        Assert.Equal(["confidence"], props.Keys);
        Assert.Equal(0.7, props["confidence"]);
    }

    [Fact]
    public void Relationship_without_evidence_has_its_properties_and_empty_lists()
    {
        var row = GraphRows.RelationshipRow(Sample.Graph().Relationships.Last());
        Assert.Equal(["confidence"], Assert.IsType<Dictionary<string, object?>>(row["props"]).Keys);
        Assert.Empty(Assert.IsType<List<object?>>(row["evidence"]));
        Assert.Equal(0L, row["articleCount"]);
    }

    [Fact]
    public void Merged_graphs_send_each_node_once_and_a_relationship_once_with_the_evidence_of_all()
    {
        var first = Sample.Graph();
        var second = Sample.Graph();
        var shared = second.Relationships[0];
        second.Relationships[0] = new StoredRelationship
        {
            Type = shared.Type, Start = shared.Start, End = shared.End, Properties = shared.Properties, ArticleCount = 2,
            Evidence = [new StoredEvidence("article:sha256:other", 0, 18, "Снова встретились.", null)],
        };

        var merged = GraphRows.Merge([first, second]);

        Assert.Equal(first.Entities.Count, merged.Entities.Count);
        Assert.Equal(first.Relationships.Count, merged.Relationships.Count);
        var met = merged.Relationships.Single(r => r.Type == shared.Type && r.Start == shared.Start && r.End == shared.End);
        Assert.Equal([Sample.ArticleKey, "article:sha256:other"], met.Evidence.Select(e => e.ArticleKey).Distinct());
        Assert.Equal(2, met.ArticleCount);
        Assert.Equal(GraphRows.Statements(first, Catalog).Select(s => s.Text), GraphRows.Statements(merged, Catalog).Select(s => s.Text));
    }

    [Fact]
    public void An_unknown_label_or_type_in_the_graph_is_refused()
    {
        var graph = Sample.Graph();
        graph.Entities.Add(new StoredEntity { Key = "planet:mars", Label = "Planet", Name = "Марс" });
        Assert.Throws<GraphContractException>(() => GraphRows.Statements(graph, Catalog).ToList());

        var other = Sample.Graph();
        other.Relationships.Add(new StoredRelationship { Type = "LIKES", Start = "person:p0", End = "person:p1" });
        Assert.Throws<GraphContractException>(() => GraphRows.Statements(other, Catalog).ToList());
    }

    [Fact]
    public void Schema_is_one_statement_per_label_without_parameters()
    {
        var schema = GraphRows.Schema(Catalog).ToList();
        Assert.Equal(GraphLabels.All.Count, schema.Count);
        Assert.All(schema, s => Assert.Empty(s.Parameters));
        Assert.All(schema, s => Assert.StartsWith("CREATE CONSTRAINT", s.Text, StringComparison.Ordinal));
    }
}
