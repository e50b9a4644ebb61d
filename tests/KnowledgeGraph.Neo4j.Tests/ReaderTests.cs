using System.Text.Json;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary><see cref="Neo4jGraphReader.LookupAsync"/> decodes the nodes and relationships the queries return.</summary>
public sealed class ReaderTests
{
    private const string Article = "article:sha256:0a1b";
    private const string Praise = "Анна Петрова поблагодарила Ерлана Карина за помощь";

    private static readonly string Erlan = Node(1, "Person", """{"key": "person:erlan-karin", "name": "Ерлан Карин", "aliases": ["Карин"], "position": "министр"}""");
    private static readonly string Anna = Node(2, "Person", """{"key": "person:anna-petrova", "name": "Анна Петрова", "aliases": []}""");
    private static readonly string Erlana = Node(3, "Person", """{"key": "person:erlana-karina", "name": "Ерлана Карина"}""");

    [Fact]
    public async Task Lookup_decodes_the_entity_its_relationships_both_ways_and_the_evidence()
    {
        await using var stub = new StubServer();
        stub.Play([
            .. Scripts.Login54(),
            .. Read("entity-by-name", """{"name": "Ерлан Карин", "limit": 10}""", ["entity"], [$"[{Erlan}]", $"[{Erlana}]"]),
            .. Read("everything-about", """{"key": "person:erlan-karin"}""", ["entity", "relationship", "other", "outgoing"],
            [
                $$"""[{{Erlan}}, {{Rel(10, 1, 2, "MET_WITH", $$"""{"confidence": 0.9, "evidence": "{{Articles.Met}}", "evidenceAll": ["{{Articles.Met}}"], "articles": ["{{Article}}"]}""")}}, {{Anna}}, true]""",
                $$"""[{{Erlan}}, {{Rel(11, 2, 1, "PRAISED", $$"""{"confidence": 0.6, "evidence": "{{Praise}}", "since": "2024"}""")}}, {{Anna}}, false]""",
            ]),
        ]);

        Neo4jEntityView? view = null;
        await stub.ClientAsync(async () =>
        {
            await using var sink = new SinkHarness(stub.Address);
            view = await new Neo4jGraphReader(sink.Driver, SinkHarness.Catalog, SinkScripts.Database).LookupAsync("Ерлан Карин", default);
        });
        await stub.AssertCompletedAsync();

        Assert.NotNull(view);
        Assert.Equal(("person:erlan-karin", GraphLabels.Person, "Ерлан Карин"), (view.Entity.Key, view.Entity.Label, view.Entity.Name));
        Assert.Equal(["Карин"], view.Entity.Aliases);
        Assert.Equal(new Dictionary<string, object> { ["position"] = "министр" }, view.Entity.Properties);
        Assert.Equal("person:erlana-karina", Assert.Single(view.OtherMatches).Key);

        var (met, metOther) = view.Relationships[0];
        Assert.Equal((RelationshipTypes.MetWith, "person:erlan-karin", "person:anna-petrova"), (met.Type, met.Start, met.End));
        Assert.Equal("Анна Петрова", metOther.Name);
        Assert.Equal([new StoredEvidence(Article, 0, 0, Articles.Met, 0.9)], met.Evidence);
        Assert.Equal(new Dictionary<string, object> { ["confidence"] = 0.9 }, met.Properties);

        var (praised, praisedOther) = view.Relationships[1];
        Assert.Equal((RelationshipTypes.Praised, "person:anna-petrova", "person:erlan-karin"), (praised.Type, praised.Start, praised.End));
        Assert.Equal("person:anna-petrova", praisedOther.Key);
        Assert.Equal([new StoredEvidence(string.Empty, 0, 0, Praise, 0.6)], praised.Evidence);
        Assert.Equal("2024", praised.Properties["since"]);
    }

    /// <summary>A read transaction running the named query with exactly these parameters, answered with records.</summary>
    private static string[] Read(string query, string parameters, string[] fields, string[] records) =>
    [
        """C: BEGIN {"mode": "r", "db": "neo4j"}""",
        "S: SUCCESS {}",
        $"C: RUN {JsonSerializer.Serialize(SinkHarness.Catalog.Query(query).Render())} {parameters} {{}}",
        """C: PULL {"n": 1000}""",
        $$"""S: SUCCESS {"fields": {{JsonSerializer.Serialize(fields)}}}""",
        .. records.Select(r => "S: RECORD " + r),
        """S: SUCCESS {"type": "r"}""",
        "C: COMMIT",
        "S: SUCCESS {}",
    ];

    private static string Node(long id, string label, string properties) =>
        $$"""{"$struct": "N", "fields": [{{id}}, ["{{label}}"], {{properties}}, "4:db:{{id}}"]}""";

    private static string Rel(long id, long start, long end, string type, string properties) =>
        $$"""{"$struct": "R", "fields": [{{id}}, {{start}}, {{end}}, "{{type}}", {{properties}}, "5:db:{{id}}", "4:db:{{start}}", "4:db:{{end}}"]}""";
}
