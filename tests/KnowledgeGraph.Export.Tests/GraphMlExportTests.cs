using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export.Tests;

public class GraphMlExportTests
{
    private static readonly XNamespace G = GraphMlExport.Namespace;

    private static async Task<(string Text, XDocument Doc)> Write(GraphSnapshot graph)
    {
        using var sw = new StringWriter();
        await GraphMlExport.WriteAsync(graph, sw);
        var text = sw.ToString();
        return (text, XDocument.Parse(text, LoadOptions.PreserveWhitespace));
    }

    /// <summary>attr.name -> (key id, attr.type) for one kind of element.</summary>
    private static Dictionary<string, (string Id, string Type)> Keys(XDocument doc, string forWhat) =>
        doc.Root!.Elements(G + "key").Where(k => (string?)k.Attribute("for") == forWhat)
            .ToDictionary(k => (string)k.Attribute("attr.name")!, k => ((string)k.Attribute("id")!, (string)k.Attribute("attr.type")!));

    private static string? Data(XElement element, string keyId) =>
        element.Elements(G + "data").SingleOrDefault(d => (string?)d.Attribute("key") == keyId)?.Value;

    [Fact]
    public async Task A_file_written_as_utf8_declares_utf8_and_loads_in_an_xml_reader()
    {
        var path = Path.Combine(Path.GetTempPath(), "kg-graphml-" + Guid.NewGuid().ToString("N") + ".graphml");
        try
        {
            await using (var file = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)))
            {
                await GraphMlExport.WriteAsync(SampleGraphs.Seed(), file);
            }

            Assert.Contains("encoding=\"utf-8\"", File.ReadLines(path).First(), StringComparison.OrdinalIgnoreCase);
            var doc = XDocument.Load(path);
            Assert.NotEmpty(doc.Descendants(G + "node"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Seed_graph_has_every_node_and_edge_and_typed_keys()
    {
        var graph = SampleGraphs.Seed();
        var (_, doc) = await Write(graph);
        Assert.Equal(G + "graphml", doc.Root!.Name);
        var g = doc.Root.Element(G + "graph")!;
        Assert.Equal("directed", (string?)g.Attribute("edgedefault"));
        var nodes = g.Elements(G + "node").ToList();
        var edges = g.Elements(G + "edge").ToList();
        Assert.Equal(graph.Articles.Count + graph.Entities.Count, nodes.Count);
        Assert.Equal(graph.Relationships.Count, edges.Count);

        var nodeKeys = Keys(doc, "node");
        var edgeKeys = Keys(doc, "edge");
        Assert.Equal("string", nodeKeys["label"].Type);
        Assert.Equal("string", nodeKeys["labels"].Type);
        Assert.Equal("long", nodeKeys["age"].Type);
        Assert.Equal("boolean", nodeKeys["verified"].Type);
        Assert.Equal("double", nodeKeys["area"].Type);
        Assert.Equal("long", nodeKeys["population"].Type);
        Assert.Equal("string", edgeKeys["type"].Type);
        Assert.Equal("double", edgeKeys["confidence"].Type);
        Assert.Equal("double", edgeKeys["weight"].Type);

        var ids = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("source")!, ids));
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("target")!, ids));

        var key = EntityKeys.For(GraphLabels.Person, "Милена Куприянова");
        var milena = nodes.Single(n => (string?)n.Attribute("id") == key);
        Assert.Equal("Милена Куприянова", Data(milena, nodeKeys["name"].Id));
        Assert.Equal(Data(milena, nodeKeys["name"].Id), Data(milena, nodeKeys["label"].Id)); // Gephi shows "label"
        Assert.Equal(":Person", Data(milena, nodeKeys["labels"].Id));
        Assert.Equal("31", Data(milena, nodeKeys["age"].Id));
        Assert.Equal("false", Data(milena, nodeKeys["verified"].Id));
        Assert.Equal(["Куприянова", "г-н Куприянова"], JsonSerializer.Deserialize<string[]>(Data(milena, nodeKeys["aliases"].Id)!)!);

        var praised = edges.First(e => Data(e, edgeKeys["type"].Id) == RelationshipTypes.Praised);
        Assert.Equal(key, (string?)praised.Attribute("source"));
        Assert.Equal("0.9", Data(praised, edgeKeys["confidence"].Id));
        var evidence = JsonDocument.Parse(Data(praised, edgeKeys["evidence"].Id)!).RootElement[0];
        Assert.Equal("Куприянова похвалила Ласточкина за «честную работу».", evidence.GetProperty("text").GetString());
        Assert.Equal(graph.Articles[0].Key, evidence.GetProperty("articleKey").GetString());
    }

    [Fact]
    public async Task Hostile_strings_come_back_identical_and_bad_xml_characters_are_replaced()
    {
        var graph = SampleGraphs.HostileGraph();
        var (text, doc) = await Write(graph);
        var nodeKeys = Keys(doc, "node");
        var edgeKeys = Keys(doc, "edge");
        var vasya = doc.Descendants(G + "node").Single(n => (string?)n.Attribute("id") == "person:zloy-vasya");
        var source = graph.Entities[0];

        Assert.Equal(source.Name, Data(vasya, nodeKeys["name"].Id));
        Assert.Equal(source.Aliases, JsonSerializer.Deserialize<string[]>(Data(vasya, nodeKeys["aliases"].Id)!));
        Assert.Equal(source.Properties["note"], Data(vasya, nodeKeys["note"].Id));
        Assert.Equal("bell\uFFFD and \u2028 separator", Data(vasya, nodeKeys["ctrl"].Id));
        Assert.Equal("2.0", Data(vasya, nodeKeys["score"].Id));
        Assert.Equal("double", nodeKeys["score"].Type);

        var edge = doc.Descendants(G + "edge").First();
        var evidence = JsonDocument.Parse(Data(edge, edgeKeys["evidence"].Id)!).RootElement[0];
        Assert.Equal(graph.Relationships[0].Evidence[0].Text, evidence.GetProperty("text").GetString());
        Assert.Equal("<2020>", Data(edge, edgeKeys["since"].Id));
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_property_named_like_a_reserved_attribute_gets_its_own_key()
    {
        var graph = new GraphSnapshot
        {
            Entities =
            [
                new StoredEntity { Key = "person:a", Label = GraphLabels.Person, Name = "А", Properties = new(StringComparer.Ordinal) { ["name"] = "другое", ["mixed"] = 1L } },
                new StoredEntity { Key = "has space", Label = GraphLabels.Person, Name = "Б", Properties = new(StringComparer.Ordinal) { ["mixed"] = 1.5 } },
                new StoredEntity { Key = "person:c", Label = GraphLabels.Person, Name = "В", Properties = new(StringComparer.Ordinal) { ["mixed"] = "text" } },
            ],
        };
        var (_, doc) = await Write(graph);
        var keys = Keys(doc, "node");
        Assert.Equal("string", keys["mixed"].Type);
        var a = doc.Descendants(G + "node").First();
        Assert.Equal("А", Data(a, keys["name"].Id));
        Assert.Equal("другое", Data(a, keys["property.name"].Id));
        // A key that is not an XML name token is replaced by a generated id.
        Assert.Equal("n1", (string?)doc.Descendants(G + "node").ElementAt(1).Attribute("id"));
    }

    [Fact]
    public async Task Output_is_well_formed_for_a_strict_reader()
    {
        var (text, _) = await Write(SampleGraphs.HostileGraph());
        using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read())
        {
        }

        Assert.StartsWith("<?xml", text, StringComparison.Ordinal);
    }
}
