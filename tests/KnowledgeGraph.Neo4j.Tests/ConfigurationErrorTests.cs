namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>
/// Errors no retry can mend (a database that does not exist, a server that speaks none of our Bolt versions) stop the
/// pass at the first article: one ROUTE or one connection for the whole backlog, and one message naming the code once.
/// </summary>
public sealed class ConfigurationErrorTests : StoreTestBase
{
    private const string NotFound = "Neo.ClientError.Database.DatabaseNotFound";

    private void SaveBacklog()
    {
        Save(Articles.Meeting());
        Save(Articles.Meeting(" Второй выпуск."));
        Save(Articles.Meeting(" Третий выпуск."));
    }

    [Fact]
    public async Task DatabaseNotFound_on_ROUTE_stops_the_pass_after_one_ROUTE()
    {
        SaveBacklog();
        await using var stub = new StubServer();
        var address = stub.Address;
        stub.Play([
            .. Scripts.Login54(address),
            $$"""C: ROUTE {"address": "{{address}}"} [] {"db": "{{SinkScripts.Database}}"}""",
            $$"""S: FAILURE {"code": "{{NotFound}}", "message": "Database does not exist. Database name: 'neo4j'."}""",
            "C: RESET",
            "S: SUCCESS {}",
        ]);

        await SinkHarness.RunAsync(
            stub,
            async sink =>
            {
                var pass = await sink.Sync.DrainAsync(Store, ignoreBackoff: true, default);
                Assert.Equal((0, 3, 3, true), (pass.Sent, pass.Failed, pass.Remaining, pass.Unavailable)); // the three share one batch: one attempt fails them all
                Assert.Equal(1, pass.LastError!.Split(NotFound).Length - 1);
                Assert.Empty(sink.RetryDelays);
            },
            o => o.Uri = "neo4j://" + address);

        Assert.Single(stub.Received, m => m.Message.Name == "ROUTE");
    }

    [Fact]
    public async Task A_server_with_no_common_Bolt_version_stops_the_pass_after_one_connection()
    {
        SaveBacklog();
        await using var stub = new StubServer();
        stub.Play(["C: <HANDSHAKE>", "S: <RAW> 00 00 00 00", "S: <CLOSE>"]);

        await SinkHarness.RunAsync(stub, async sink =>
        {
            var pass = await sink.Sync.DrainAsync(Store, ignoreBackoff: true, default);
            Assert.Equal((0, 3, 3, true), (pass.Sent, pass.Failed, pass.Remaining, pass.Unavailable)); // the three share one batch: one attempt fails them all
            Assert.Contains("supports none of the offered Bolt versions", pass.LastError, StringComparison.Ordinal);
            Assert.Empty(sink.RetryDelays);
        });
    }
}
