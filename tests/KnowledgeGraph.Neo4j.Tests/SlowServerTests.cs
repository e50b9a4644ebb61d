namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>A server that answers slowly: nothing times out early, nothing is sent twice, the backlog drains.</summary>
public sealed class SlowServerTests : StoreTestBase
{
    [Fact]
    public async Task A_slow_server_still_receives_every_batch_once_and_the_backlog_drains()
    {
        var article = Articles.Meeting();
        Save(article);
        var texts = Articles.MeetingTexts;

        // Every COMMIT is answered only after a pause.
        var slowWrites = texts.SelectMany(t => Write(t)).SelectMany(line => line == "S: SUCCESS {}" ? new[] { "S: <SLEEP> 150", line } : [line]);
        await using var stub = new StubServer();
        stub.Play([.. Scripts.Login54(), .. Schema(), .. slowWrites]);

        await SinkHarness.RunAsync(stub, async sink =>
        {
            var pass = await sink.Sync.DrainAsync(Store, ignoreBackoff: false, default);
            Assert.Equal((1, 0, 0), (pass.Sent, pass.Failed, pass.Remaining));
            Assert.Empty(sink.RetryDelays);
        });

        Assert.Equal(texts, Runs(stub).Skip(SinkHarness.Catalog.Schema.Count()).Select(r => r.Text));
        Assert.Equal(0, Store.Counts().PendingSync);
    }
}
