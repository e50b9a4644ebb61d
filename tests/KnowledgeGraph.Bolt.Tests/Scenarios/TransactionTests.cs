using KnowledgeGraph.Bolt.Tests.Stub;
using static KnowledgeGraph.Bolt.Tests.Scenarios.Scripts;

namespace KnowledgeGraph.Bolt.Tests.Scenarios;

/// <summary>Writes, failures with IGNORED and RESET, retries of transient errors and of lost connections.</summary>
public class TransactionTests
{
    private const string Merge = "UNWIND $rows AS row MERGE (n:Person {key: row.key}) SET n += row.props";

    private const string MergeRun =
        """C: RUN "UNWIND $rows AS row MERGE (n:Person {key: row.key}) SET n += row.props" {"rows": [{"key": "alice", "props": {"name": "Alice", "age": 42}}, {"key": "bob", "props": {"name": "Bob", "age": 7}}]} {}""";

    private static readonly Dictionary<string, object?> Rows = new()
    {
        ["rows"] = new List<Dictionary<string, object?>>
        {
            new() { ["key"] = "alice", ["props"] = new Dictionary<string, object?> { ["name"] = "Alice", ["age"] = 42 } },
            new() { ["key"] = "bob", ["props"] = new Dictionary<string, object?> { ["name"] = "Bob", ["age"] = 7 } },
        },
    };

    private static readonly string[] MergeAnswered =
    [
        MergeRun,
        """C: PULL {"n": 1000}""",
        """S: SUCCESS {"fields": [], "t_first": 1}""",
        """S: SUCCESS {"type": "w", "db": "neo4j", "stats": {"nodes-created": 2, "properties-set": 6, "labels-added": 2}}""",
    ];

    [Fact]
    public async Task Graph_write_commits_and_chains_the_bookmark()
    {
        await using var stub = new StubServer();
        stub.Play(Concat(
            Login54(),
            ["""C: BEGIN {"db": "neo4j"}""", "S: SUCCESS {}"],
            MergeAnswered,
            ["C: COMMIT", """S: SUCCESS {"bookmark": "FB:neo4j:41"}"""],
            ["""C: BEGIN {"bookmarks": ["FB:neo4j:41"], "mode": "r", "db": "neo4j"}""", "S: SUCCESS {}"],
            ReturnOne("MATCH (n:Person) RETURN count(n) AS n"),
            ["C: COMMIT", """S: SUCCESS {"bookmark": "FB:neo4j:41"}"""]));

        await stub.ClientAsync(async () =>
        {
            var (options, _) = Options();
            await using var driver = NewDriver($"bolt://{stub.Address}", options);
            await using var session = driver.AsyncSession(o => o.WithDatabase("neo4j"));
            var summary = await session.ExecuteWriteAsync(async tx =>
            {
                var cursor = await tx.RunAsync(Merge, Rows);
                return await cursor.ConsumeAsync();
            });

            Assert.Equal(2, summary.Counters.NodesCreated);
            Assert.Equal(6, summary.Counters.PropertiesSet);
            Assert.True(summary.Counters.ContainsUpdates);
            Assert.Equal(["FB:neo4j:41"], session.LastBookmarks);

            var count = await session.ExecuteReadAsync(async tx =>
                (await (await tx.RunAsync("MATCH (n:Person) RETURN count(n) AS n")).SingleAsync()).Get<int>("n"));
            Assert.Equal(1, count);
        });
        await stub.AssertCompletedAsync();
    }

    [Fact]
    public async Task Execute_query_returns_records_and_counters()
    {
        await using var stub = new StubServer();
        stub.Play(Concat(
            Login54(),
            ["""C: BEGIN {"db": "neo4j"}""", "S: SUCCESS {}"],
            MergeAnswered,
            ["C: COMMIT", """S: SUCCESS {"bookmark": "FB:neo4j:42"}"""]));

        await stub.ClientAsync(async () =>
        {
            var (options, _) = Options();
            await using var driver = NewDriver($"bolt://{stub.Address}", options);
            var result = await driver.ExecuteQueryAsync(Merge, Rows, "neo4j");
            Assert.Empty(result.Records);
            Assert.Equal(2, result.Summary.Counters.NodesCreated);
            Assert.Equal("w", result.Summary.QueryType);
        });
        await stub.AssertCompletedAsync();
    }

    [Fact]
    public async Task Failure_then_ignored_then_reset_and_the_next_query_works()
    {
        await using var stub = new StubServer();
        stub.Play(Concat(
            Login54(),
            [
                """C: RUN "RETRUN 1" {} {"db": "neo4j"}""",
                """C: PULL {"n": 1000}""",
                """S: FAILURE {"code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input 'RETRUN'"}""",
                "S: IGNORED",
                "C: RESET",
                "S: SUCCESS {}",
                """C: RUN "RETURN 1 AS n" {} {"db": "neo4j"}""",
                """C: PULL {"n": 1000}""",
                """S: SUCCESS {"fields": ["n"]}""",
                "S: RECORD [1]",
                """S: SUCCESS {"type": "r", "bookmark": "FB:7"}""",
            ]));

        await stub.ClientAsync(async () =>
        {
            var (options, _) = Options();
            await using var driver = NewDriver($"bolt://{stub.Address}", options);
            await using var session = driver.AsyncSession(o => o.WithDatabase("neo4j"));
            var error = await Assert.ThrowsAsync<Neo4jClientException>(() => session.RunAsync("RETRUN 1"));
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);

            var cursor = await session.RunAsync("RETURN 1 AS n");
            var records = await cursor.ToListAsync();
            Assert.Equal(1L, Assert.Single(records)["n"]);
            Assert.Equal(1L, records[0][0]);
            Assert.Equal(["FB:7"], session.LastBookmarks);
        });
        await stub.AssertCompletedAsync();
    }

    [Fact]
    public async Task Transient_error_is_retried_and_committed()
    {
        await using var stub = new StubServer();
        stub.Play(Concat(
            Login54(),
            [
                """C: BEGIN {"db": "neo4j"}""",
                "S: SUCCESS {}",
                MergeRun,
                """C: PULL {"n": 1000}""",
                """S: FAILURE {"code": "Neo.TransientError.Transaction.DeadlockDetected", "message": "ForsetiClient[1] can't acquire ExclusiveLock"}""",
                "S: IGNORED",
                "C: RESET",
                "S: SUCCESS {}",
                """C: BEGIN {"db": "neo4j"}""",
                "S: SUCCESS {}",
            ],
            MergeAnswered,
            ["C: COMMIT", """S: SUCCESS {"bookmark": "FB:9"}"""]));

        await stub.ClientAsync(async () =>
        {
            var (options, delays) = Options();
            await using var driver = NewDriver($"bolt://{stub.Address}", options);
            await using var session = driver.AsyncSession(o => o.WithDatabase("neo4j"));
            var attempts = 0;
            await session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                await (await tx.RunAsync(Merge, Rows)).ConsumeAsync();
            });

            Assert.Equal(2, attempts);
            Assert.Equal([TimeSpan.FromSeconds(1)], delays);
            Assert.Equal(["FB:9"], session.LastBookmarks);
        });
        await stub.AssertCompletedAsync();
    }

    [Fact]
    public async Task Connection_lost_before_the_commit_answer_is_retried_on_a_new_connection()
    {
        await using var stub = new StubServer();
        string[] attempt = [.. Login54(), """C: BEGIN {"db": "neo4j"}""", "S: SUCCESS {}", .. MergeAnswered, "C: COMMIT"];
        stub.Play(
            [.. attempt, "S: <CLOSE>"],
            [.. attempt, """S: SUCCESS {"bookmark": "FB:10"}"""]);

        await stub.ClientAsync(async () =>
        {
            var (options, delays) = Options();
            await using var driver = NewDriver($"bolt://{stub.Address}", options);
            await using var session = driver.AsyncSession(o => o.WithDatabase("neo4j"));
            var attempts = 0;
            await session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                await (await tx.RunAsync(Merge, Rows)).ConsumeAsync();
            });

            Assert.Equal(2, attempts);
            Assert.Single(delays);
            Assert.Equal(["FB:10"], session.LastBookmarks);
        });
        await stub.AssertCompletedAsync();
    }

    [Fact]
    public async Task Records_are_pulled_in_batches_of_the_fetch_size()
    {
        await using var stub = new StubServer();
        stub.Play(Concat(
            Login54(),
            [
                """C: BEGIN {"mode": "r", "db": "neo4j"}""",
                "S: SUCCESS {}",
                """C: RUN "UNWIND range(1, 3) AS n RETURN n" {} {}""",
                """C: PULL {"n": 2}""",
                """S: SUCCESS {"fields": ["n"], "qid": 0}""",
                "S: RECORD [1]",
                "S: <NOOP>",
                "S: RECORD [2]",
                """S: SUCCESS {"has_more": true}""",
                """C: PULL {"n": 2, "qid": 0}""",
                "S: RECORD [3]",
                """S: SUCCESS {"type": "r"}""",
                "C: COMMIT",
                "S: SUCCESS {}",
            ]));

        await stub.ClientAsync(async () =>
        {
            var (options, _) = Options();
            options.FetchSize = 2;
            await using var driver = NewDriver($"bolt://{stub.Address}", options);
            await using var session = driver.AsyncSession(o => o.WithDatabase("neo4j"));
            var values = await session.ExecuteReadAsync(async tx =>
            {
                var cursor = await tx.RunAsync("UNWIND range(1, 3) AS n RETURN n");
                return (await cursor.ToListAsync()).Select(r => r.Get<long>("n")).ToList();
            });
            Assert.Equal([1L, 2L, 3L], values);
        });
        await stub.AssertCompletedAsync();
    }
}
