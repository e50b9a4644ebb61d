using System.Collections;
using System.Text.Json;
using KnowledgeGraph.Bolt.Protocol;
using KnowledgeGraph.Cypher;

namespace KnowledgeGraph.Neo4j.Tests.Support;

/// <summary>Stub script fragments for what the sink sends, and readers of what the stub received.</summary>
internal static class SinkScripts
{
    public const string Database = "neo4j";

    private const string Begin = """C: BEGIN {"db": "neo4j"}""";

    /// <summary>RUN of exactly <paramref name="query"/> (parameters checked later from <see cref="Runs"/>) and PULL.</summary>
    public static string[] RunPull(string query, string parameters = "\"*\"") =>
        [Begin, "S: SUCCESS {}", $"C: RUN {JsonSerializer.Serialize(query)} {parameters} {{}}", """C: PULL {"n": 1000}"""];

    /// <summary>One managed write transaction of <paramref name="query"/>, committed.</summary>
    public static string[] Write(string query, string parameters = "\"*\"") =>
        [.. RunPull(query, parameters), """S: SUCCESS {"fields": []}""", """S: SUCCESS {"type": "w"}""", "C: COMMIT", "S: SUCCESS {}"];

    /// <summary>The same transaction up to COMMIT, left unanswered (the next line decides).</summary>
    public static string[] WriteUntilCommit(string query) => Write(query)[..^1];

    /// <summary>RUN of a lone transaction fails with <paramref name="code"/>; the client resets the connection.</summary>
    public static string[] Failing(string query, string code) => Failing([query], 0, code);

    /// <summary>
    /// Pipelined transactions of <paramref name="queries"/> (the client writes them all before reading): those before
    /// <paramref name="failing"/> are committed, its RUN fails with <paramref name="code"/>, every request after that
    /// is IGNORED, then the client resets the connection.
    /// </summary>
    public static string[] Failing(IReadOnlyList<string> queries, int failing, string code) =>
    [
        .. Writes(queries.Take(failing)),
        .. RunPull(queries[failing]),
        $$"""S: FAILURE {"code": "{{code}}", "message": "stub says no"}""",
        "C: COMMIT",
        "S: IGNORED",
        "S: IGNORED",
        .. queries.Skip(failing + 1).SelectMany(q => (string[])[
            Begin, $"C: RUN {JsonSerializer.Serialize(q)} \"*\" {{}}", """C: PULL {"n": 1000}""", "C: COMMIT",
            "S: IGNORED", "S: IGNORED", "S: IGNORED", "S: IGNORED"]),
        "C: RESET",
        "S: SUCCESS {}",
    ];

    /// <summary>One transaction per schema statement, in catalogue order, each with empty parameters.</summary>
    public static string[] Schema() => [.. SinkHarness.Catalog.Schema.SelectMany(t => Write(t.Render(), "{}"))];

    public static string[] Writes(IEnumerable<string> queries) => [.. queries.SelectMany(q => Write(q))];

    public static string NodeText(string label) => SinkHarness.Catalog.NodeWriter(label).Render();

    public static string RelText(string type, string start, string end) =>
        SinkHarness.Catalog.RelationshipWriter(type).Render(new Dictionary<string, string> { ["startLabel"] = start, ["endLabel"] = end });

    /// <summary>Every RUN the stub read: query text, decoded parameters, and the script (connection) that read it.</summary>
    public static List<(string Text, Dictionary<string, object?> Parameters, int Script)> Runs(StubServer stub) =>
        stub.Received.Where(r => r.Message.Tag == MessageTags.Run)
            .Select(r => ((string)r.Message.Fields[0]!, (Dictionary<string, object?>)r.Message.Fields[1]!, r.Script)).ToList();

    /// <summary>The decoded <c>rows</c> of a RUN.</summary>
    public static List<object?> Rows((string Text, Dictionary<string, object?> Parameters, int Script) run) => (List<object?>)run.Parameters["rows"]!;

    /// <summary>Asserts that a value decoded from the wire equals <paramref name="expected"/> (built by the sink's code).</summary>
    public static void AssertWireEqual(object? expected, object? actual, string what) =>
        Assert.Null(ValueMatcher.Mismatch(Wire(expected), actual, what));

    /// <summary>What a value becomes on the wire: integers as long, lists as List, maps as Dictionary.</summary>
    private static object? Wire(object? value) => value switch
    {
        null or string or bool or long or double => value,
        int i => (long)i,
        float f => (double)f,
        IEnumerable<KeyValuePair<string, object?>> map => map.ToDictionary(p => p.Key, p => Wire(p.Value)),
        IEnumerable list => list.Cast<object?>().Select(Wire).ToList(),
        _ => throw new ArgumentException($"no wire form for {value.GetType().Name}"),
    };
}
