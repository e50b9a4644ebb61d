using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace KnowledgeGraph.Bolt.Tests.Stub;

/// <summary>
/// A TLS port on 127.0.0.1 with a self-signed certificate made for the test (CN=localhost, no trust anywhere):
/// each connection is taken through the TLS handshake, then plays one script like <see cref="StubServer"/>.
/// A handshake that fails (a plain-text client) is recorded in <see cref="HandshakeFailures"/>, and the connection closed.
/// </summary>
internal sealed class TlsStubServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _deviations = new();
    private readonly X509Certificate2 _certificate = SelfSigned();
    private Task _serving = Task.CompletedTask;

    public TlsStubServer()
    {
        _listener.Start();
    }

    public string Address => $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public ConcurrentQueue<string> HandshakeFailures { get; } = new();

    /// <summary>Serves one connection per script, in order.</summary>
    public TlsStubServer Play(params string[][] scripts)
    {
        _serving = Task.Run(async () =>
        {
            for (var i = 0; i < scripts.Length; i++)
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                await using var ssl = new SslStream(client.GetStream());
                try
                {
                    await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = _certificate }, _stop.Token);
                }
                catch (Exception ex) when (ex is System.Security.Authentication.AuthenticationException or IOException)
                {
                    HandshakeFailures.Enqueue(ex.Message);
                    continue;
                }

                await new ScriptPlayer(ssl, ScriptLine.Parse(scripts[i]), $"{Address} script {i + 1}", _deviations.Enqueue).PlayAsync(_stop.Token);
            }
        });
        return this;
    }

    public async Task AssertCompletedAsync()
    {
        Assert.Same(_serving, await Task.WhenAny(_serving, Task.Delay(TimeSpan.FromSeconds(10))));
        await _serving;
        Assert.True(_deviations.IsEmpty, string.Join(" | ", _deviations));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException or IOException)
        {
            // Stopped while waiting for a connection that never came.
        }

        _certificate.Dispose();
        _stop.Dispose();
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pfx), null);
    }
}
