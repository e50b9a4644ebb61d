using System.Diagnostics;
using System.Net.Sockets;
using KnowledgeGraph.Bolt.Connections;
using KnowledgeGraph.Bolt.Tests.Stub;
using Xunit.Abstractions;
using static KnowledgeGraph.Bolt.Tests.Scenarios.Scripts;

namespace KnowledgeGraph.Bolt.Tests.Scenarios;

/// <summary>
/// A server that stops answering: the read timeout (or the server's <c>connection.recv_timeout_seconds</c> hint) ends
/// the wait, the connection counts as lost, and a managed transaction is run again on a new connection.
/// The deadlines asserted are the ones the client enforces, with the measured time written to the test output.
/// </summary>
public sealed class StalledServerTests(ITestOutputHelper output)
{
    private const int HintSeconds = 1;

    /// <summary>Handshake, HELLO answered with a receive-timeout hint, LOGON.</summary>
    private static string[] LoginWithHint(int seconds) =>
    [
        "S: <HANDSHAKE> 5.4",
        $$"""C: HELLO {"user_agent": "KnowledgeGraph/1.0", "bolt_agent": {{BoltAgent}}}""",
        $$$"""S: SUCCESS {"server": "Neo4j/5.20.0", "connection_id": "bolt-9", "hints": {"connection.recv_timeout_seconds": {{{seconds}}}}}""",
        $$"""C: LOGON {"scheme": "basic", "principal": "{{User}}", "credentials": "{{Password}}"}""",
        "S: SUCCESS {}",
    ];

    private static readonly string[] BeginAndRunThenStall =
    [
        "C: BEGIN {}",
        "S: SUCCESS {}",
        """C: RUN "RETURN 1 AS n" {} {}""",
        """C: PULL {"n": 1000}""",
        "S: <STALL>",
    ];

    [Fact]
    public async Task The_servers_hint_replaces_the_read_timeout_and_a_stall_is_a_lost_connection()
    {
        await using var stub = new StubServer();
        stub.Play(Concat(LoginWithHint(HintSeconds), BeginAndRunThenStall));

        var (options, _) = Options();
        options.ReadTimeout = TimeSpan.FromSeconds(60); // the hint must win over this
        var watch = new Stopwatch();
        var error = await stub.ClientAsync(async () =>
        {
            await using var driver = NewDriver($"bolt://{stub.Address}", options);
            await using var session = driver.AsyncSession();
            var tx = await session.BeginTransactionAsync();
            await using (tx)
            {
                watch.Start(); // connected and authenticated: from here only the stall counts
                return await Assert.ThrowsAsync<ServiceUnavailableException>(() => tx.RunAsync("RETURN 1 AS n"))
                    .WaitAsync(TimeSpan.FromSeconds(HintSeconds + 2));
            }
        });
        watch.Stop();
        output.WriteLine($"stalled server, hint {HintSeconds} s, configured read timeout 60 s: gave up after {watch.Elapsed.TotalSeconds:0.000} s");

        Assert.True(error.IsRetryable);
        Assert.Contains($"sent nothing for {HintSeconds} s", error.Message, StringComparison.Ordinal);
        await stub.AssertCompletedAsync();
    }

    [Fact]
    public async Task A_managed_transaction_on_a_stalled_connection_is_run_again_on_a_new_one()
    {
        await using var stub = new StubServer();
        stub.Play(
            Concat(LoginWithHint(HintSeconds), BeginAndRunThenStall),
            Concat(LoginWithHint(HintSeconds), ["C: BEGIN {}", "S: SUCCESS {}"], ReturnOne(), ["C: COMMIT", """S: SUCCESS {"bookmark": "FB:1"}"""]));

        var (options, delays) = Options();
        var watch = Stopwatch.StartNew();
        var n = await stub.ClientAsync(async () =>
        {
            await using var driver = NewDriver($"bolt://{stub.Address}", options);
            await using var session = driver.AsyncSession();
            return await session.ExecuteWriteAsync(async tx => (await (await tx.RunAsync("RETURN 1 AS n")).SingleAsync()).Get<int>("n"))
                .WaitAsync(TimeSpan.FromSeconds(HintSeconds + 10)); // two connections opened, the first maybe on a cold JIT
        });
        watch.Stop();
        output.WriteLine($"stalled first connection, hint {HintSeconds} s: committed on the second after {watch.Elapsed.TotalSeconds:0.000} s");

        Assert.Equal(1, n);
        Assert.Single(delays);
        await stub.AssertCompletedAsync();
    }

    [Fact]
    public async Task A_server_that_never_answers_after_HELLO_fails_after_the_read_timeout()
    {
        await using var stub = new StubServer();
        stub.Play([
            "S: <HANDSHAKE> 5.4",
            $$"""C: HELLO {"user_agent": "KnowledgeGraph/1.0", "bolt_agent": {{BoltAgent}}}""",
            "S: <STALL>",
        ]);

        var (options, _) = Options();
        options.ReadTimeout = TimeSpan.FromSeconds(1);
        options.ConnectionTimeout = TimeSpan.FromSeconds(60);
        options.MaxRetryTime = TimeSpan.Zero;
        var watch = new Stopwatch();
        var error = await stub.ClientAsync(async () =>
        {
            await using var driver = NewDriver($"bolt://{stub.Address}", options);
            await using var session = driver.AsyncSession();
            watch.Start();
            return await Assert.ThrowsAsync<ServiceUnavailableException>(() => session.ExecuteWriteAsync(tx => tx.RunAsync("RETURN 1")))
                .WaitAsync(TimeSpan.FromSeconds(1 + 2));
        });
        watch.Stop();
        output.WriteLine($"no answer to HELLO, read timeout 1 s: gave up after {watch.Elapsed.TotalSeconds:0.000} s");

        Assert.Contains("sent nothing for 1 s", error.Message, StringComparison.Ordinal);
        await stub.AssertCompletedAsync();
    }

    [Theory]
    [InlineData("""{"hints": {"connection.recv_timeout_seconds": 120}}""", 120.0)]
    [InlineData("""{"hints": {"connection.recv_timeout_seconds": 0}}""", null)]
    [InlineData("""{"hints": {"connection.recv_timeout_seconds": -5}}""", null)]
    [InlineData("""{"hints": {"connection.recv_timeout_seconds": "120"}}""", null)]
    [InlineData("""{"hints": {}}""", null)]
    [InlineData("""{"server": "Neo4j/5.20.0"}""", null)]
    public void The_receive_timeout_hint_is_read_only_when_it_is_a_positive_integer(string success, double? expectedSeconds)
    {
        var metadata = (Dictionary<string, object?>)JsonValues.ParseMany(success)[0]!;
        Assert.Equal(expectedSeconds, ConnectionOpener.ReceiveTimeoutHint(metadata)?.TotalSeconds);
    }

    [Fact]
    public void Connections_are_opened_with_TCP_keepalive_and_without_Nagle()
    {
        using var client = ConnectionOpener.CreateClient();
        Assert.Equal(1, (int)client.Client.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive)!);
        Assert.True(client.NoDelay);
    }
}
