namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>The connection drops before COMMIT is answered: the batch's transaction runs again on a new connection.</summary>
public sealed class ConnectionDropTests
{
    [Fact]
    public async Task Dropped_commit_is_retried_on_a_new_connection_and_committed()
    {
        var node = NodeText(GraphLabels.Person);
        await using var stub = new StubServer();
        stub.Play(
            [.. Scripts.Login54(), .. Schema(), .. WriteUntilCommit(node), "S: <CLOSE>"],
            [.. Scripts.Login54(), .. Write(node)]);

        await SinkHarness.RunAsync(stub, async sink =>
        {
            Assert.Equal(1, await sink.Writer.WriteAsync(Articles.People(2), default));
            Assert.Single(sink.RetryDelays);
        });

        var attempts = Runs(stub).Where(r => r.Text == node).ToList();
        Assert.Equal(2, attempts.Count);
        AssertWireEqual(attempts[0].Parameters, attempts[1].Parameters, "retried rows");
        Assert.Equal([1, 2], attempts.Select(a => a.Script));
        Assert.Single(stub.Received, r => r.Script == 2 && r.Message.Name == "COMMIT");
    }
}
