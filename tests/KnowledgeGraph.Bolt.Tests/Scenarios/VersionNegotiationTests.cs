using KnowledgeGraph.Bolt.Tests.Stub;
using static KnowledgeGraph.Bolt.Tests.Scenarios.Scripts;

namespace KnowledgeGraph.Bolt.Tests.Scenarios;

/// <summary>The server picks 5.4, 5.0 or 4.4; credentials go in LOGON (5.1+) or HELLO (5.0, 4.4).</summary>
public class VersionNegotiationTests
{
    private static async Task<long> RunReturnOneAsync(StubServer stub)
    {
        var (options, _) = Options();
        await using var driver = NewDriver($"bolt://{stub.Address}", options);
        await using var session = driver.AsyncSession(o => o.WithDatabase("neo4j"));
        return await session.ExecuteReadAsync(async tx =>
        {
            var cursor = await tx.RunAsync("RETURN 1 AS n");
            var record = await cursor.SingleAsync();
            return record.Get<long>("n");
        });
    }

    [Fact]
    public async Task Bolt_5_4_sends_hello_then_logon()
    {
        await using var stub = new StubServer();
        stub.Play(Concat(
            Login54(),
            ["""C: BEGIN {"mode": "r", "db": "neo4j"}""", "S: SUCCESS {}"],
            ReturnOne(),
            ["C: COMMIT", """S: SUCCESS {"bookmark": "FB:1"}"""]));

        await stub.ClientAsync(async () => Assert.Equal(1, await RunReturnOneAsync(stub)));
        await stub.AssertCompletedAsync();
    }

    [Fact]
    public async Task Bolt_5_0_puts_credentials_in_hello_without_bolt_agent()
    {
        await using var stub = new StubServer();
        stub.Play(Concat(
            [
                "S: <HANDSHAKE> 5.0",
                $$"""C: HELLO {"user_agent": "KnowledgeGraph/1.0", "scheme": "basic", "principal": "{{User}}", "credentials": "{{Password}}"}""",
                """S: SUCCESS {"server": "Neo4j/5.0.0", "connection_id": "bolt-1"}""",
                """C: BEGIN {"mode": "r", "db": "neo4j"}""",
                "S: SUCCESS {}",
            ],
            ReturnOne(),
            ["C: COMMIT", """S: SUCCESS {"bookmark": "FB:2"}"""]));

        await stub.ClientAsync(async () => Assert.Equal(1, await RunReturnOneAsync(stub)));
        await stub.AssertCompletedAsync();
    }

    [Fact]
    public async Task Bolt_4_4_puts_credentials_in_hello_and_asks_for_the_utc_patch()
    {
        await using var stub = new StubServer();
        stub.Play(Concat(
            [
                "S: <HANDSHAKE> 4.4",
                $$"""C: HELLO {"user_agent": "KnowledgeGraph/1.0", "scheme": "basic", "principal": "{{User}}", "credentials": "{{Password}}", "patch_bolt": ["utc"]}""",
                """S: SUCCESS {"server": "Neo4j/4.4.30", "connection_id": "bolt-1", "patch_bolt": ["utc"]}""",
                """C: BEGIN {"mode": "r", "db": "neo4j"}""",
                "S: SUCCESS {}",
            ],
            ReturnOne(),
            ["C: COMMIT", """S: SUCCESS {"bookmark": "FB:3"}"""]));

        await stub.ClientAsync(async () => Assert.Equal(1, await RunReturnOneAsync(stub)));
        await stub.AssertCompletedAsync();
    }

    [Fact]
    public async Task Http_server_on_the_port_gives_a_clear_error()
    {
        await using var stub = new StubServer();
        stub.Play([
            "C: <HANDSHAKE>",
            "S: <RAW> 48 54 54 50 2F 31 2E 31 20 34 30 30 20 42 61 64 20 52 65 71 75 65 73 74 0D 0A 0D 0A",
            "S: <CLOSE>",
        ]);
        var (options, _) = Options();
        await using var driver = NewDriver($"bolt://{stub.Address}", options);

        var error = await Assert.ThrowsAsync<BoltProtocolException>(() => driver.VerifyConnectivityAsync());
        Assert.Contains("HTTP port", error.Message, StringComparison.Ordinal);
        Assert.Contains("7687", error.Message, StringComparison.Ordinal);
        await stub.AssertCompletedAsync();
    }

    [Fact]
    public async Task Wrong_password_gives_an_authentication_error_without_the_password()
    {
        await using var stub = new StubServer();
        stub.Play([
            "S: <HANDSHAKE> 5.4",
            $$"""C: HELLO {"user_agent": "KnowledgeGraph/1.0", "bolt_agent": {{BoltAgent}}}""",
            """S: SUCCESS {"server": "Neo4j/5.20.0", "connection_id": "bolt-9"}""",
            $$"""C: LOGON {"scheme": "basic", "principal": "{{User}}", "credentials": "{{Password}}"}""",
            $$"""S: FAILURE {"code": "Neo.ClientError.Security.Unauthorized", "message": "The client is unauthorized due to authentication failure ({{Password}})."}""",
        ]);
        var (options, delays) = Options();
        await using var driver = NewDriver($"bolt://{stub.Address}", options);
        await using var session = driver.AsyncSession();

        var error = await Assert.ThrowsAsync<AuthenticationException>(() => session.ExecuteWriteAsync(tx => tx.RunAsync("RETURN 1")));
        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Contains("Authentication failed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(delays); // not retried
        await stub.AssertCompletedAsync();
    }
}
