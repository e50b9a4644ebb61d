using KnowledgeGraph.Storage;
using Xunit.Abstractions;

namespace KnowledgeGraph.Cli.Tests;

/// <summary><c>kg sync</c> against a Neo4j that refuses every piece of work: it stops at once, exit 4, one message.</summary>
public sealed class SyncStopTests(ITestOutputHelper output)
{
    private const string NotFound = "Neo.ClientError.Database.DatabaseNotFound";

    [Fact]
    public async Task Kg_sync_to_a_database_that_does_not_exist_routes_once_stops_with_exit_4_and_names_the_code_once()
    {
        using var dir = new TempDir();
        Assert.Equal(0, (await KgProcess.RunAsync(dir.Path, "ingest", RepoPaths.SampleArticles)).ExitCode);

        await using var stub = new StubServer();
        var address = stub.Address;
        stub.Play([
            .. Scripts.Login54(address),
            $$"""C: ROUTE {"address": "{{address}}"} [] {"db": "missing"}""",
            $$"""S: FAILURE {"code": "{{NotFound}}", "message": "Database does not exist. Database name: 'missing'."}""",
            "C: RESET",
            "S: SUCCESS {}",
        ]);
        var result = await KgProcess.RunAsync(dir.Path, [
            "sync",
            "--set", "Neo4j:Uri=neo4j://" + address,
            "--set", "Neo4j:User=" + Scripts.User,
            "--set", "Neo4j:Password=" + Scripts.Password,
            "--set", "Neo4j:Database=missing",
        ]);
        await stub.AssertCompletedAsync();
        output.WriteLine(result.ToString());

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains("0 sent", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("3 waiting", result.Stdout, StringComparison.Ordinal);
        // One "error:" line, one log line for the one article tried (not one per article of the backlog), the code once in each.
        var lines = result.Stderr.Split('\n').Where(l => l.Contains(NotFound, StringComparison.Ordinal)).ToList();
        Assert.Single(lines, l => l.StartsWith("error: " + NotFound + ": ", StringComparison.Ordinal));
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Equal(1, l.Split(NotFound).Length - 1));
        Assert.DoesNotContain(Scripts.Password, result.Stdout + result.Stderr, StringComparison.Ordinal);
        using var store = GraphStore.Open(Path.Combine(dir.Path, "kg-data", "graph.db"));
        Assert.Equal(3, store.Counts().PendingSync);
    }
}
