using KnowledgeGraph.Bolt.Tests.Stub;
using static KnowledgeGraph.Bolt.Tests.Scenarios.Scripts;

namespace KnowledgeGraph.Bolt.Tests.Scenarios;

/// <summary>neo4j:// routing: ROUTE, writes to the writer, NotALeader makes the driver refresh and retry on the new leader.</summary>
public class RoutingTests
{
    private static string Route(string router) =>
        $$"""C: ROUTE {"address": "{{router}}"} [] {"db": "neo4j"}""";

    private static string Table(string router, string reader, string writer) =>
        $$$"""S: SUCCESS {"rt": {"ttl": 300, "db": "neo4j", "servers": [{"addresses": ["{{{router}}}"], "role": "ROUTE"}, {"addresses": ["{{{reader}}}"], "role": "READ"}, {"addresses": ["{{{writer}}}"], "role": "WRITE"}]}}""";

    private static string[] Write(string router) =>
    [
        .. Login54(router),
        """C: BEGIN {"db": "neo4j"}""",
        "S: SUCCESS {}",
        """C: RUN "CREATE (n:Person {name: $name})" {"name": "Ada"} {}""",
        """C: PULL {"n": 1000}""",
    ];

    [Fact]
    public async Task Leader_change_refreshes_the_routing_table_and_commits_on_the_new_writer()
    {
        await using var router = new StubServer();
        await using var writerA = new StubServer();
        await using var writerB = new StubServer();
        var r = router.Address;
        router.Play([
            .. Login54(r),
            Route(r),
            Table(r, writerA.Address, writerA.Address),
            Route(r),
            Table(r, writerA.Address, writerB.Address),
        ]);
        writerA.Play([
            .. Write(r),
            """S: FAILURE {"code": "Neo.ClientError.Cluster.NotALeader", "message": "No write operations are allowed on this database."}""",
            "S: IGNORED",
            "C: RESET",
            "S: SUCCESS {}",
        ]);
        writerB.Play([
            .. Write(r),
            """S: SUCCESS {"fields": []}""",
            """S: SUCCESS {"type": "w", "stats": {"nodes-created": 1}}""",
            "C: COMMIT",
            """S: SUCCESS {"bookmark": "FB:B:1"}""",
        ]);

        var (options, delays) = Options();
        await router.ClientAsync(async () =>
        {
            await using var driver = NewDriver($"neo4j://{r}", options);
            await using var session = driver.AsyncSession(o => o.WithDatabase("neo4j"));
            var servers = new List<string>();
            await session.ExecuteWriteAsync(async tx =>
            {
                var cursor = await tx.RunAsync("CREATE (n:Person {name: $name})", new Dictionary<string, object?> { ["name"] = "Ada" });
                servers.Add((await cursor.ConsumeAsync()).Server.ToString());
            });

            Assert.Equal([writerB.Address], servers);
            Assert.Single(delays);
            Assert.Equal(["FB:B:1"], session.LastBookmarks);
        });

        await router.AssertCompletedAsync();
        await writerA.AssertCompletedAsync();
        await writerB.AssertCompletedAsync();
    }

    [Fact]
    public async Task Verify_connectivity_fetches_a_routing_table_and_reaches_a_reader()
    {
        await using var router = new StubServer();
        await using var reader = new StubServer();
        var r = router.Address;
        router.Play([
            .. Login54(r),
            """C: ROUTE {"address": "REPLACE"} [] {}""".Replace("REPLACE", r, StringComparison.Ordinal),
            Table(r, reader.Address, r),
        ]);
        reader.Play(Login54(r));

        var (options, _) = Options();
        await router.ClientAsync(async () =>
        {
            await using var driver = NewDriver($"neo4j://{r}", options);
            await driver.VerifyConnectivityAsync();
        });

        await router.AssertCompletedAsync();
        await reader.AssertCompletedAsync();
    }
}
