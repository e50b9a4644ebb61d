using KnowledgeGraph.Bolt.Tests.Stub;
using static KnowledgeGraph.Bolt.Tests.Scenarios.Scripts;

namespace KnowledgeGraph.Bolt.Tests.Scenarios;

/// <summary>No database configured: nothing named on bolt://; on neo4j:// the home database named by ROUTE is used by BEGIN.</summary>
public class HomeDatabaseTests
{
    private const string Query = "RETURN 1 AS n";

    private static string[] Transaction(string begin, string bookmark) =>
    [
        $"C: BEGIN {begin}",
        "S: SUCCESS {}",
        .. ReturnOne(Query),
        "C: COMMIT",
        $$"""S: SUCCESS {"bookmark": "{{bookmark}}"}""",
    ];

    [Fact]
    public async Task Without_a_database_bolt_names_none()
    {
        await using var stub = new StubServer();
        stub.Play(Concat(Login54(), Transaction("{}", "FB:1")));

        await stub.ClientAsync(async () =>
        {
            var (options, _) = Options();
            await using var driver = NewDriver($"bolt://{stub.Address}", options);
            var result = await driver.ExecuteQueryAsync(Query);
            Assert.Equal(1, result.Records.Single().Get<int>("n"));
        });
        await stub.AssertCompletedAsync();
    }

    [Fact]
    public async Task Without_a_database_the_home_database_from_ROUTE_is_named_in_BEGIN_and_routed_once()
    {
        await using var router = new StubServer();
        await using var writer = new StubServer();
        var r = router.Address;
        var w = writer.Address;
        router.Play([
            .. Login54(r),
            $$"""C: ROUTE {"address": "{{r}}"} [] {}""",
            $$$"""S: SUCCESS {"rt": {"ttl": 300, "db": "graphs", "servers": [{"addresses": ["{{{r}}}"], "role": "ROUTE"}, {"addresses": ["{{{w}}}"], "role": "READ"}, {"addresses": ["{{{w}}}"], "role": "WRITE"}]}}""",
        ]);
        writer.Play(Concat(
            Login54(r),
            Transaction("""{"db": "graphs"}""", "FB:graphs:1"),
            Transaction("""{"bookmarks": ["FB:graphs:1"], "db": "graphs"}""", "FB:graphs:2")));

        await router.ClientAsync(async () =>
        {
            var (options, _) = Options();
            await using var driver = NewDriver($"neo4j://{r}", options);
            await driver.ExecuteQueryAsync(Query);
            await driver.ExecuteQueryAsync(Query);

            await using var session = driver.AsyncSession();
            Assert.Null(session.Database);
        });

        await router.AssertCompletedAsync();
        await writer.AssertCompletedAsync();
    }
}
