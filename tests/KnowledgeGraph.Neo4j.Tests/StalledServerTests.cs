using System.Diagnostics;
using Xunit.Abstractions;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>
/// The server stops answering before COMMIT's reply: after Neo4j:ReadTimeoutSeconds the connection counts as lost and
/// the batch's transaction runs again on a new connection, inside the retry budget.
/// </summary>
public sealed class StalledServerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_commit_never_answered_is_given_up_after_the_read_timeout_and_retried_on_a_new_connection()
    {
        var node = NodeText(GraphLabels.Person);
        await using var stub = new StubServer();
        stub.Play(
            [.. Scripts.Login54(), .. Schema(), .. WriteUntilCommit(node), "S: <STALL>"],
            [.. Scripts.Login54(), .. Write(node)]);

        var watch = new Stopwatch();
        await SinkHarness.RunAsync(
            stub,
            async sink =>
            {
                await sink.Writer.EnsureSchemaAsync(default);
                watch.Start();
                Assert.Equal(1, await sink.Writer.WriteAsync(Articles.People(2), default).WaitAsync(TimeSpan.FromSeconds(1 + 2)));
                watch.Stop();
                Assert.Single(sink.RetryDelays);
            },
            o => o.ReadTimeoutSeconds = 1);
        output.WriteLine($"commit never answered, Neo4j:ReadTimeoutSeconds=1: committed on a new connection after {watch.Elapsed.TotalSeconds:0.000} s");

        Assert.Equal([1, 2], Runs(stub).Where(r => r.Text == node).Select(r => r.Script));
    }
}
