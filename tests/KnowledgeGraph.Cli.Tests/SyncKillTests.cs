using System.Diagnostics;
using KnowledgeGraph.Cli.Bench;
using KnowledgeGraph.Storage;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>SIGKILL during <c>kg sync</c>: every article is either sent (the server committed its rows) or still in the backlog.</summary>
public sealed class SyncKillTests
{
    [Fact]
    public async Task Killing_kg_sync_leaves_every_article_sent_and_committed_or_in_the_backlog()
    {
        using var dir = new TempDir();
        var articles = Path.Combine(dir.Path, "articles");
        GeneratedArticles.WriteCorpus(articles, 300);
        var ingest = await KgProcess.RunAsync(dir.Path, "ingest", articles);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        var storePath = Path.Combine(dir.Path, "kg-data", "graph.db");

        await using var server = new NullBoltServer(recordArticles: true);
        string[] args = ["sync", "--set", "Neo4j:Uri=" + server.Uri, "--set", "Neo4j:Password=secret", "--set", "Neo4j:SyncArticles=10", "--set", "Neo4j:BatchSize=50"];
        var random = new Random(20261201);
        for (var round = 0; round < 4; round++)
        {
            using var p = Process.Start(KgProcess.StartInfo(dir.Path, args))!;
            await Task.Delay(random.Next(400, 1500));
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync();

            var (sent, waiting) = Outbox(storePath);
            Assert.Equal(300, sent.Count + waiting.Count);
            Assert.Subset(server.CommittedArticles.ToHashSet(), sent.ToHashSet());
            Assert.Subset(server.CommittedMentions.ToHashSet(), sent.ToHashSet());
        }

        var finish = await KgProcess.RunAsync(dir.Path, args);
        Assert.True(finish.ExitCode == 0, finish.ToString());
        var (all, none) = Outbox(storePath);
        Assert.Empty(none);
        Assert.Equal(300, all.Count);
        Assert.Subset(server.CommittedArticles.ToHashSet(), all.ToHashSet());
    }

    /// <summary>The articles marked sent, and those waiting in the backlog.</summary>
    private static (List<string> Sent, List<string> Waiting) Outbox(string storePath)
    {
        List<string> waiting;
        using (var store = GraphStore.Open(storePath))
        {
            Assert.Equal("ok", store.IntegrityCheck());
            waiting = store.PendingSync(DateTimeOffset.MaxValue, int.MaxValue, ignoreBackoff: true).Select(i => i.ArticleKey).ToList();
        }

        using var c = new SqliteConnection($"Data Source={storePath};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT article_key FROM outbox WHERE sent_at IS NOT NULL";
        using var r = cmd.ExecuteReader();
        var sent = new List<string>();
        while (r.Read())
        {
            sent.Add(r.GetString(0));
        }

        return (sent, waiting);
    }
}
