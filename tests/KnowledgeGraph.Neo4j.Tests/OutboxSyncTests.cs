using KnowledgeGraph.Cypher;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary><c>kg sync</c>: <see cref="OutboxSync.DrainAsync"/> sends each stored article with the templates and empties the backlog.</summary>
public sealed class OutboxSyncTests : StoreTestBase
{
    [Fact]
    public async Task Drain_sends_the_stored_article_with_the_templates_and_marks_it_synced()
    {
        var article = Articles.Meeting();
        Save(article);
        var plan = GraphRows.Statements(Store.ReadArticle(article.Key), SinkHarness.Catalog).ToList();
        await using var stub = new StubServer();
        stub.Play([.. Scripts.Login54(), .. Schema(), .. Writes(Articles.MeetingTexts)]);

        await SinkHarness.RunAsync(stub, async sink =>
        {
            var pass = await sink.Sync.DrainAsync(Store, ignoreBackoff: true, default);
            Assert.Equal(new SyncPass(1, 0, 0, null, false), pass);
        });

        Assert.Equal(0, Store.Counts().PendingSync);
        var writes = Runs(stub).Skip(SinkHarness.Catalog.Schema.Count()).ToList();
        Assert.Equal(Articles.MeetingTexts, writes.Select(w => w.Text));
        Assert.Equal(plan.Count, writes.Count);
        Assert.All(plan.Zip(writes), p => AssertWireEqual(p.First.Parameters, p.Second.Parameters, p.First.Template));
    }

    [Fact]
    public async Task An_article_whose_commit_is_not_answered_stays_in_the_backlog()
    {
        var article = Articles.Meeting();
        Save(article);
        var texts = Articles.MeetingTexts;
        await using var stub = new StubServer();
        stub.Play([.. Scripts.Login54(), .. Schema(), .. Writes(texts[..^1]), .. WriteUntilCommit(texts[^1]), "S: <CLOSE>"]);

        await SinkHarness.RunAsync(
            stub,
            async sink =>
            {
                var pass = await sink.Sync.DrainAsync(Store, ignoreBackoff: false, default);
                Assert.True(pass.Unavailable);
                Assert.Equal((0, 1, 1), (pass.Sent, pass.Failed, pass.Remaining));
            },
            o => o.MaxRetrySeconds = 0);

        var item = Assert.Single(Store.PendingSync(DateTimeOffset.MaxValue));
        Assert.Equal((article.Key, 1), (item.ArticleKey, item.Attempts));
    }
    /// <summary>
    /// The article's batches go out pipelined; the one after its nodes fails (a client error, not retried): the node
    /// transactions before it were committed, every request after it is IGNORED and the connection RESET, and the
    /// article stays in the backlog with the error.
    /// </summary>
    [Fact]
    public async Task A_failure_mid_pipeline_leaves_the_article_in_the_backlog()
    {
        var article = Articles.Meeting();
        Save(article);
        var texts = Articles.MeetingTexts;
        var failing = Array.FindIndex(texts, t => t.Contains("MERGE (a)-[r:", StringComparison.Ordinal));
        Assert.True(failing > 0);
        await using var stub = new StubServer();
        stub.Play([.. Scripts.Login54(), .. Schema(), .. Failing(texts, failing, "Neo.ClientError.Statement.TypeError")]);

        await SinkHarness.RunAsync(stub, async sink =>
        {
            var pass = await sink.Sync.DrainAsync(Store, ignoreBackoff: false, default);
            Assert.Equal((0, 1, 1, false), (pass.Sent, pass.Failed, pass.Remaining, pass.Unavailable));
            Assert.StartsWith("Neo.ClientError.Statement.TypeError", pass.LastError, StringComparison.Ordinal);
        });

        var item = Assert.Single(Store.PendingSync(DateTimeOffset.MaxValue));
        Assert.Equal((article.Key, 1), (item.ArticleKey, item.Attempts));
        Assert.Equal(texts.Length, Runs(stub).Count - SinkHarness.Catalog.Schema.Count()); // all were in flight before the failure was read
    }
}
