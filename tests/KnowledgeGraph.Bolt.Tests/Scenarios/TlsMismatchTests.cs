using System.Net;
using System.Net.Sockets;
using KnowledgeGraph.Bolt.Tests.Stub;
using static KnowledgeGraph.Bolt.Tests.Scenarios.Scripts;

namespace KnowledgeGraph.Bolt.Tests.Scenarios;

/// <summary>
/// Plain text against a TLS port and TLS against a plain port end with a message naming the scheme to use;
/// a refused certificate is final (not retried); +ssc accepts the same self-signed certificate.
/// </summary>
public class TlsMismatchTests
{
    [Fact]
    public async Task Plain_bolt_against_a_TLS_port_says_to_use_s_or_ssc()
    {
        await using var tls = new TlsStubServer();
        tls.Play(["S: <CLOSE>"]);
        var (options, _) = Options();
        options.MaxRetryTime = TimeSpan.Zero;
        await using var driver = NewDriver($"bolt://{tls.Address}", options);

        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync());

        Assert.Contains("use bolt+s:// or neo4j+s://", error.Message, StringComparison.Ordinal);
        Assert.Contains("bolt+ssc://", error.Message, StringComparison.Ordinal);
        await tls.AssertCompletedAsync();
        Assert.Single(tls.HandshakeFailures);
    }

    [Fact]
    public async Task A_TLS_alert_in_answer_to_the_Bolt_handshake_is_final_and_says_to_use_s()
    {
        await using var stub = new StubServer();
        stub.Play(["C: <HANDSHAKE>", "S: <RAW> 15 03 03 00 02 02 32", "S: <CLOSE>"]);
        var (options, delays) = Options();
        await using var driver = NewDriver($"bolt://{stub.Address}", options);
        await using var session = driver.AsyncSession();

        var error = await Assert.ThrowsAsync<BoltProtocolException>(() => session.ExecuteWriteAsync(tx => tx.RunAsync("RETURN 1")));

        Assert.Contains("answered the Bolt handshake with TLS", error.Message, StringComparison.Ordinal);
        Assert.Contains("bolt+s://", error.Message, StringComparison.Ordinal);
        Assert.True(ErrorClassifier.CannotSucceedOnRetry(error));
        Assert.Empty(delays);
        await stub.AssertCompletedAsync();
    }

    [Fact]
    public async Task TLS_against_a_plain_Bolt_port_says_to_drop_s()
    {
        // A Bolt server without TLS reads the 4-byte preamble, finds no magic, and closes.
        using var plain = new TcpListener(IPAddress.Loopback, 0);
        plain.Start();
        var server = Task.Run(async () =>
        {
            using var client = await plain.AcceptTcpClientAsync();
            await client.GetStream().ReadExactlyAsync(new byte[4]);
        });
        var (options, _) = Options();
        options.MaxRetryTime = TimeSpan.Zero;
        await using var driver = NewDriver($"bolt+s://127.0.0.1:{((IPEndPoint)plain.LocalEndpoint).Port}", options);

        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync());

        Assert.Contains("TLS handshake", error.Message, StringComparison.Ordinal);
        Assert.Contains("drop +s/+ssc", error.Message, StringComparison.Ordinal);
        await server.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_refused_certificate_is_not_retried_and_says_to_use_ssc_for_a_self_signed_one()
    {
        await using var tls = new TlsStubServer();
        tls.Play(["S: <CLOSE>"]);
        var (options, delays) = Options();
        await using var driver = NewDriver($"bolt+s://localhost:{tls.Address.Split(':')[1]}", options);
        await using var session = driver.AsyncSession();

        var error = await Assert.ThrowsAsync<TlsException>(() => session.ExecuteWriteAsync(tx => tx.RunAsync("RETURN 1")));

        Assert.Contains("was refused", error.Message, StringComparison.Ordinal);
        Assert.Contains("+ssc", error.Message, StringComparison.Ordinal);
        Assert.True(ErrorClassifier.CannotSucceedOnRetry(error));
        Assert.Empty(delays);
        await tls.AssertCompletedAsync();
    }

    [Fact]
    public async Task The_same_self_signed_server_is_accepted_with_ssc()
    {
        await using var tls = new TlsStubServer();
        tls.Play(Concat(Login54(), ["C: BEGIN {}", "S: SUCCESS {}"], ReturnOne(), ["C: COMMIT", "S: SUCCESS {}"]));
        var (options, _) = Options();
        await using var driver = NewDriver($"bolt+ssc://localhost:{tls.Address.Split(':')[1]}", options);

        var result = await driver.ExecuteQueryAsync("RETURN 1 AS n");

        Assert.Equal(1, result.Records.Single().Get<int>("n"));
        await driver.DisposeAsync();
        await tls.AssertCompletedAsync();
        Assert.Empty(tls.HandshakeFailures);
    }
}
