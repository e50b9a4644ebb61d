using System.Net;
using System.Net.Sockets;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>Nothing listens: the article waits in the backlog with its backoff, and goes out once Neo4j is back.</summary>
public sealed class Neo4jDownTests : StoreTestBase
{
    [Fact]
    public async Task Unreachable_neo4j_leaves_the_article_waiting_then_a_later_pass_sends_it()
    {
        var article = Articles.Meeting();
        Save(article);
        var port = FreePort();
        await using var stub = new StubServer(port, start: false);
        stub.Play([.. Scripts.Login54(), .. Schema(), .. Writes(Articles.MeetingTexts)]);

        await SinkHarness.RunAsync(stub, async sink =>
        {
            var down = await sink.Sync.DrainAsync(Store, ignoreBackoff: false, default);
            Assert.Equal((0, 1, 1, true), (down.Sent, down.Failed, down.Remaining, down.Unavailable));
            Assert.Contains($"127.0.0.1:{port}", down.LastError, StringComparison.Ordinal);
            Assert.NotEmpty(sink.RetryDelays); // the driver retried within its budget first

            var waiting = Assert.Single(Store.PendingSync(DateTimeOffset.MaxValue));
            Assert.Equal((1, down.LastError), (waiting.Attempts, waiting.LastError));
            Assert.Equal(sink.Clock.GetUtcNow() + sink.Sync.Backoff(1), waiting.NextTryAt);
            Assert.True(waiting.NextTryAt > sink.Clock.GetUtcNow());

            stub.Start();
            var early = await sink.Sync.DrainAsync(Store, ignoreBackoff: false, default);
            Assert.Equal(new SyncPass(0, 0, 1, null, false), early); // still backing off
            Assert.Empty(stub.Received);

            sink.Clock.Advance(sink.Sync.Backoff(1) + TimeSpan.FromSeconds(1));
            var up = await sink.Sync.DrainAsync(Store, ignoreBackoff: false, default);
            Assert.Equal(new SyncPass(1, 0, 0, null, false), up);
        });

        Assert.Equal(0, Store.Counts().PendingSync);
        Assert.Equal(Articles.MeetingTexts, Runs(stub).Skip(SinkHarness.Catalog.Schema.Count()).Select(r => r.Text));
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
