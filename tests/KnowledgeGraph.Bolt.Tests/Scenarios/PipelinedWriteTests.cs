using KnowledgeGraph.Bolt.Tests.Stub;
using static KnowledgeGraph.Bolt.Tests.Scenarios.Scripts;

namespace KnowledgeGraph.Bolt.Tests.Scenarios;

/// <summary>
/// <see cref="AsyncSession.ExecuteWritesAsync"/>: one transaction per statement, sent without waiting for each
/// answer. The scripts put the client's messages before the server's answers, so a client that waited would hang.
/// </summary>
public class PipelinedWriteTests
{
    private const string Begin = """C: BEGIN {"db": "neo4j"}""";
    private const string SyntaxError = "Neo.ClientError.Statement.SyntaxError";

    private static string Query(int i) => $"MERGE (n:Person {{key: 'p{i}'}})";

    private static BoltStatement[] Statements(int count) => [.. Enumerable.Range(1, count).Select(i => new BoltStatement(Query(i), null))];

    /// <summary>What the client sends for the transaction of statement <paramref name="i"/>.</summary>
    private static string[] Sent(int i) => [Begin, $"C: RUN \"{Query(i)}\" {{}} {{}}", """C: PULL {"n": 1000}""", "C: COMMIT"];

    private static string[] Committed(int i) =>
        ["S: SUCCESS {}", """S: SUCCESS {"fields": [], "t_first": 1}""", """S: SUCCESS {"type": "w"}""", $$"""S: SUCCESS {"bookmark": "FB:neo4j:{{i}}"}"""];

    private static string[] Ignored() => ["S: IGNORED", "S: IGNORED", "S: IGNORED", "S: IGNORED"];

    [Fact]
    public async Task Every_transaction_is_sent_before_any_answer_is_read_and_the_last_bookmark_is_kept()
    {
        await using var stub = new StubServer();
        stub.Play(Concat(Login54(), Sent(1), Sent(2), Sent(3), Committed(1), Committed(2), Committed(3)));

        await stub.ClientAsync(async () =>
        {
            await using var driver = NewDriver($"bolt://{stub.Address}", Options().Options);
            await using var session = driver.AsyncSession(o => o.WithDatabase("neo4j"));
            await session.ExecuteWritesAsync(Statements(3));
            Assert.Equal(["FB:neo4j:3"], session.LastBookmarks);
        });
        await stub.AssertCompletedAsync();
    }

    [Fact]
    public async Task A_failure_mid_pipeline_stops_the_writes_reads_the_ignored_answers_resets_and_throws_the_failure()
    {
        await using var stub = new StubServer();
        stub.Play(Concat(
            Login54(),
            Sent(1), Sent(2), Sent(3),
            Committed(1),
            ["S: SUCCESS {}", $$"""S: FAILURE {"code": "{{SyntaxError}}", "message": "stub says no"}""", "S: IGNORED", "S: IGNORED"],
            Ignored(),
            ["C: RESET", "S: SUCCESS {}"],
            // The same connection, reset, carries the next write.
            [Begin, $"C: RUN \"{Query(9)}\" {{}} {{}}", """C: PULL {"n": 1000}""", "C: COMMIT"],
            Committed(9)));

        await stub.ClientAsync(async () =>
        {
            await using var driver = NewDriver($"bolt://{stub.Address}", Options().Options);
            await using var session = driver.AsyncSession(o => o.WithDatabase("neo4j"));
            var error = await Assert.ThrowsAsync<Neo4jClientException>(() => session.ExecuteWritesAsync(Statements(3)));
            Assert.Equal(SyntaxError, error.Code);

            await session.ExecuteWritesAsync([new BoltStatement(Query(9), null)]);
            Assert.Equal(["FB:neo4j:9"], session.LastBookmarks);
        });
        await stub.AssertCompletedAsync();
    }

    [Fact]
    public async Task A_transient_failure_sends_the_whole_list_again_on_a_clean_connection()
    {
        await using var stub = new StubServer();
        stub.Play(Concat(
            Login54(),
            Sent(1), Sent(2),
            ["S: SUCCESS {}", """S: FAILURE {"code": "Neo.TransientError.Transaction.DeadlockDetected", "message": "stub says later"}""", "S: IGNORED", "S: IGNORED"],
            Ignored(),
            ["C: RESET", "S: SUCCESS {}"],
            Sent(1), Sent(2), Committed(1), Committed(2)));

        await stub.ClientAsync(async () =>
        {
            var (options, delays) = Options();
            await using var driver = NewDriver($"bolt://{stub.Address}", options);
            await using var session = driver.AsyncSession(o => o.WithDatabase("neo4j"));
            await session.ExecuteWritesAsync(Statements(2));
            Assert.Single(delays);
            Assert.Equal(["FB:neo4j:2"], session.LastBookmarks);
        });
        await stub.AssertCompletedAsync();
    }

    /// <summary>
    /// At most <see cref="PipelinedWrites.MaxInFlight"/> transactions are unanswered: the next one is written only
    /// after the oldest one's answers were read (answers cannot pile up while the client is still writing).
    /// </summary>
    [Fact]
    public async Task No_more_than_the_window_of_transactions_is_unanswered()
    {
        const int Window = PipelinedWrites.MaxInFlight;
        const int Count = Window + 5;
        var script = new List<string>(Login54());
        script.AddRange(Enumerable.Range(1, Window).SelectMany(Sent));
        for (var answered = 1; answered <= Count; answered++)
        {
            script.AddRange(Committed(answered));
            if (answered + Window <= Count)
            {
                script.AddRange(Sent(answered + Window));
            }
        }

        await using var stub = new StubServer();
        stub.Play([.. script]);

        await stub.ClientAsync(async () =>
        {
            await using var driver = NewDriver($"bolt://{stub.Address}", Options().Options);
            await using var session = driver.AsyncSession(o => o.WithDatabase("neo4j"));
            await session.ExecuteWritesAsync(Statements(Count));
            Assert.Equal([$"FB:neo4j:{Count}"], session.LastBookmarks);
        });
        await stub.AssertCompletedAsync();
    }
}
