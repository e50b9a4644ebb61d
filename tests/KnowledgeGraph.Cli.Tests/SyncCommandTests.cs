using System.Globalization;
using KnowledgeGraph.Cypher;
using KnowledgeGraph.Neo4j.Tests.Support;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Tests;

/// <summary><c>kg sync</c> as a user runs it, against the in-process stub Bolt server (no real Neo4j here).</summary>
public sealed class SyncCommandTests
{
    [Fact]
    public async Task Kg_sync_sends_exactly_the_templates_with_the_stored_rows_and_empties_the_backlog()
    {
        using var dir = new TempDir();
        Assert.Equal(0, (await KgProcess.RunAsync(dir.Path, "ingest", RepoPaths.SampleArticles)).ExitCode);

        // What the store says must be sent: the rows of the whole backlog in shared batches.
        var catalog = TemplateCatalog.LoadDefault();
        List<CypherStatement> plan;
        using (var store = GraphStore.Open(Path.Combine(dir.Path, "kg-data", "graph.db")))
        {
            var graphs = store.PendingSync(DateTimeOffset.MaxValue, ignoreBackoff: true).Select(item => store.ReadArticle(item.ArticleKey));
            plan = GraphRows.Statements(GraphRows.Merge(graphs), catalog).ToList();
        }

        await using var stub = new StubServer();
        stub.Play([.. Scripts.Login54(), .. SinkScripts.Schema(), .. SinkScripts.Writes(plan.Select(s => s.Text))]);
        var result = await KgProcess.RunAsync(dir.Path, ["sync", .. Settings(stub)]);
        await stub.AssertCompletedAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("3 sent", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(Scripts.Password, result.Stdout + result.Stderr, StringComparison.Ordinal);
        var runs = SinkScripts.Runs(stub).Skip(catalog.Schema.Count()).ToList();
        Assert.Equal(plan.Select(p => p.Text), runs.Select(r => r.Text));
        foreach (var (expected, actual) in plan.Zip(runs))
        {
            SinkScripts.AssertWireEqual(expected.Parameters, actual.Parameters, expected.Template);
        }

        var status = await KgProcess.RunAsync(dir.Path, ["status", .. Settings(stub)]);
        Assert.Contains("neo4j backlog: 0 articles not yet sent", status.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(Scripts.Password, status.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kg_sync_with_neo4j_down_keeps_the_backlog_and_says_so()
    {
        using var dir = new TempDir();
        Assert.Equal(0, (await KgProcess.RunAsync(dir.Path, "ingest", RepoPaths.SampleArticles)).ExitCode);
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var r = await KgProcess.RunAsync(dir.Path, "sync", "--set", $"Neo4j:Uri=bolt://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}",
            "--set", "Neo4j:MaxRetrySeconds=0", "--set", "Neo4j:Password=" + Scripts.Password);
        Assert.Equal(4, r.ExitCode);
        Assert.Contains("3 waiting", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(Scripts.Password, r.Stdout + r.Stderr, StringComparison.Ordinal);
        using var store = GraphStore.Open(Path.Combine(dir.Path, "kg-data", "graph.db"));
        Assert.Equal(3, store.Counts().PendingSync);
    }

    [Fact]
    public async Task Kg_run_sends_each_article_it_ingests_to_neo4j()
    {
        using var dir = new TempDir();
        var inbox = Path.Combine(dir.Path, "inbox");
        Directory.CreateDirectory(inbox);
        var sample = Directory.GetFiles(RepoPaths.SampleArticles, "*.txt").Order(StringComparer.Ordinal).First();

        // The statements for this one article, as an ingest elsewhere computes them.
        using var reference = new TempDir();
        Assert.Equal(0, (await KgProcess.RunAsync(reference.Path, "ingest", sample)).ExitCode);
        List<string> texts;
        using (var store = GraphStore.Open(Path.Combine(reference.Path, "kg-data", "graph.db")))
        {
            var key = Assert.Single(store.ReadAll().Articles).Key;
            texts = GraphRows.Statements(store.ReadArticle(key), TemplateCatalog.LoadDefault()).Select(s => s.Text).ToList();
        }

        await using var stub = new StubServer();
        stub.Play([.. Scripts.Login54(), .. SinkScripts.Schema(), .. SinkScripts.Writes(texts)]);
        using var p = System.Diagnostics.Process.Start(KgProcess.StartInfo(
            dir.Path, ["run", "--set", "Ingest:PollSeconds=0.1", "--set", "Ingest:SettleSeconds=0", "--set", "Neo4j:SyncPollSeconds=0.1", .. Settings(stub)]))!;
        var stderr = p.StandardError.ReadToEndAsync();
        try
        {
            File.Copy(sample, Path.Combine(inbox, "a.txt"));
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (SinkScripts.Runs(stub).Count < SinkHarness.Catalog.Schema.Count() + texts.Count && waited.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(100);
            }
        }
        finally
        {
            using var term = System.Diagnostics.Process.Start("kill", ["-TERM", p.Id.ToString(CultureInfo.InvariantCulture)]);
            await term.WaitForExitAsync();
            await p.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        }

        await stub.AssertCompletedAsync();
        Assert.True(p.ExitCode == 0, await stderr);
        using var stored = GraphStore.Open(Path.Combine(dir.Path, "kg-data", "graph.db"));
        Assert.Equal(0, stored.Counts().PendingSync);
        Assert.DoesNotContain(Scripts.Password, await stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kg_sync_without_neo4j_configured_is_a_clear_usage_error()
    {
        using var dir = new TempDir();
        var r = await KgProcess.RunAsync(dir.Path, "sync");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("Neo4j:Uri", r.Stderr, StringComparison.Ordinal);
    }

    private static string[] Settings(StubServer stub) =>
    [
        "--set", "Neo4j:Uri=bolt://" + stub.Address,
        "--set", "Neo4j:User=" + Scripts.User,
        "--set", "Neo4j:Password=" + Scripts.Password,
        "--set", "Neo4j:Database=" + SinkScripts.Database,
    ];
}
