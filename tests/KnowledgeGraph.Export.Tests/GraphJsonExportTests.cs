using System.Text.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export.Tests;

public class GraphJsonExportTests
{
    internal static async Task<string> Write(GraphSnapshot graph)
    {
        using var sw = new StringWriter();
        await GraphJsonExport.WriteAsync(graph, sw);
        return sw.ToString();
    }

    [Fact]
    public async Task Seed_graph_round_trips_counts_and_values()
    {
        var graph = SampleGraphs.Seed();
        var text = await Write(graph);
        using var doc = JsonDocument.Parse(text);
        var nodes = doc.RootElement.GetProperty("nodes");
        var links = doc.RootElement.GetProperty("links");

        Assert.Equal(graph.Articles.Count + graph.Entities.Count, nodes.GetArrayLength());
        Assert.Equal(graph.Relationships.Count, links.GetArrayLength());
        Assert.True(graph.Entities.Count >= 28 && graph.Relationships.Count >= 40, $"{graph.Entities.Count} entities, {graph.Relationships.Count} relationships");
        Assert.Equal(GraphLabels.All.ToHashSet(), nodes.EnumerateArray().Select(n => n.GetProperty("label").GetString()!).ToHashSet());

        var person = nodes.EnumerateArray().Single(n => n.GetProperty("name").GetString() == "Аркадий Звонарёв");
        Assert.Equal(EntityKeys.For(GraphLabels.Person, "Аркадий Звонарёв"), person.GetProperty("id").GetString());
        Assert.Equal(["Звонарёв", "г-н Звонарёв"], person.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(JsonValueKind.Number, person.GetProperty("properties").GetProperty("age").ValueKind);
        Assert.Equal(30, person.GetProperty("properties").GetProperty("age").GetInt64());
        Assert.Equal(JsonValueKind.True, person.GetProperty("properties").GetProperty("verified").ValueKind);

        var article = nodes.EnumerateArray().Single(n => n.GetProperty("id").GetString() == graph.Articles[0].Key);
        Assert.Equal(GraphLabels.Article, article.GetProperty("label").GetString());
        Assert.Equal(graph.Articles[0].Title, article.GetProperty("name").GetString());
        Assert.Equal("Речной вестник", article.GetProperty("properties").GetProperty("source").GetString());

        var met = links.EnumerateArray().First(l => l.GetProperty("type").GetString() == RelationshipTypes.MetWith);
        Assert.Equal(EntityKeys.For(GraphLabels.Person, "Аркадий Звонарёв"), met.GetProperty("source").GetString());
        var evidence = Assert.Single(met.GetProperty("evidence").EnumerateArray());
        Assert.Equal("Звонарёв встретился с Куприяновой на открытии форума.", evidence.GetProperty("text").GetString());
        Assert.Equal(graph.Articles[0].Key, evidence.GetProperty("articleKey").GetString());
        Assert.Equal(0.9, evidence.GetProperty("confidence").GetDouble());
        Assert.Equal("0.5", met.GetProperty("properties").GetProperty("weight").GetRawText());

        // Every link points at a node of the file (what D3's forceLink needs).
        var ids = nodes.EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.All(links.EnumerateArray(), l => Assert.Contains(l.GetProperty("target").GetString(), ids));
    }

    [Fact]
    public async Task Cyrillic_is_written_unescaped_and_whole_doubles_stay_doubles()
    {
        var text = await Write(SampleGraphs.HostileGraph());
        Assert.Contains("Контора «Рога", text, StringComparison.Ordinal);
        Assert.Contains("\"score\":2.0", text, StringComparison.Ordinal);
        Assert.Contains("\"count\":7,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_strings_come_back_identical()
    {
        var graph = SampleGraphs.HostileGraph();
        using var doc = JsonDocument.Parse(await Write(graph));
        var nodes = doc.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        var vasya = nodes.Single(n => n.GetProperty("id").GetString() == "person:zloy-vasya");
        var source = graph.Entities[0];

        Assert.Equal(source.Name, vasya.GetProperty("name").GetString());
        Assert.Equal(source.Aliases, vasya.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!));
        Assert.Equal(source.Properties["note"], vasya.GetProperty("properties").GetProperty("note").GetString());
        Assert.Equal(source.Properties["ctrl"], vasya.GetProperty("properties").GetProperty("ctrl").GetString());
        Assert.False(vasya.GetProperty("properties").GetProperty("flag").GetBoolean());
        Assert.Equal(graph.Articles[0].Title, nodes[0].GetProperty("name").GetString());

        var link = doc.RootElement.GetProperty("links")[0];
        Assert.Equal(graph.Relationships[0].Evidence[0].Text, link.GetProperty("evidence")[0].GetProperty("text").GetString());
        Assert.Equal("<2020>", link.GetProperty("properties").GetProperty("since").GetString());
    }

    [Fact]
    public async Task A_relationship_end_missing_from_the_snapshot_gets_a_stub_node()
    {
        using var doc = JsonDocument.Parse(await Write(SampleGraphs.HostileGraph()));
        var stub = doc.RootElement.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "city:nigde");
        Assert.Equal(GraphLabels.City, stub.GetProperty("label").GetString());
        Assert.True(stub.GetProperty("stub").GetBoolean());
    }

    [Fact]
    public async Task An_empty_graph_is_two_empty_lists()
    {
        var text = await Write(new GraphSnapshot());
        Assert.Equal("{\"nodes\":[],\"links\":[]}", text.TrimEnd());
    }
}
