using System.Net.Security;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using KnowledgeGraph.Bolt.Protocol;

namespace KnowledgeGraph.Bolt.Connections;

/// <summary>Opens a connection: TCP, optional TLS, Bolt handshake, HELLO (and LOGON on 5.1+).</summary>
internal static class ConnectionOpener
{
    public static async Task<BoltConnection> OpenAsync(ServerAddress address, ConnectionSettings settings, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.ConnectionTimeout);
        Stream? stream = null;
        BoltConnection? connection = null;
        try
        {
            stream = await ConnectAsync(address, settings, timeout.Token).ConfigureAwait(false);
            var version = await HandshakeAsync(stream, address, settings.Encrypted, timeout.Token).ConfigureAwait(false);
            settings.Log?.Invoke($"[{address}] negotiated Bolt {version}");
            connection = new BoltConnection(stream, address, version, settings.Auth.Credentials, settings.Log, settings.ReadTimeout);
            stream = null;
            await AuthenticateAsync(connection, settings, timeout.Token).ConfigureAwait(false);
            return connection;
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            await DisposeQuietlyAsync(stream, connection).ConfigureAwait(false);
            throw new ServiceUnavailableException($"Timed out after {settings.ConnectionTimeout.TotalSeconds:0.#} s connecting to {address}.", ex);
        }
        catch (Exception ex) when (ex is SocketException or IOException or System.Security.Authentication.AuthenticationException)
        {
            await DisposeQuietlyAsync(stream, connection).ConfigureAwait(false);
            throw new ServiceUnavailableException($"Could not connect to {address}: {ex.Message}", ex);
        }
        catch
        {
            await DisposeQuietlyAsync(stream, connection).ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<Stream> ConnectAsync(ServerAddress address, ConnectionSettings settings, CancellationToken cancellationToken)
    {
        var client = CreateClient();
        try
        {
            await client.ConnectAsync(address.Host, address.Port, cancellationToken).ConfigureAwait(false);
            Stream stream = client.GetStream();
            if (!settings.Encrypted)
            {
                return stream;
            }

            return await StartTlsAsync(stream, address, settings.TrustAllCertificates, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>
    /// TLS over the TCP stream. A refused certificate is a <see cref="TlsException"/> (retrying cannot help); a handshake
    /// that fails otherwise (the server closed the connection, or did not answer in TLS) is most often a server without
    /// TLS, so the message says to drop <c>+s</c>/<c>+ssc</c>.
    /// </summary>
    private static async Task<Stream> StartTlsAsync(Stream stream, ServerAddress address, bool trustAll, CancellationToken cancellationToken)
    {
        var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
        SslPolicyErrors refused = SslPolicyErrors.None;
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = address.Host,
            RemoteCertificateValidationCallback = (_, _, _, errors) =>
            {
                if (trustAll || errors == SslPolicyErrors.None)
                {
                    return true;
                }

                refused = errors;
                return false;
            },
        };
        try
        {
            await ssl.AuthenticateAsClientAsync(options, cancellationToken).ConfigureAwait(false);
            return ssl;
        }
        catch (Exception ex) when (ex is System.Security.Authentication.AuthenticationException or IOException)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            if (refused != SslPolicyErrors.None)
            {
                throw new TlsException(
                    $"The TLS certificate of {address} was refused ({refused}). For a self-signed certificate use the +ssc scheme " +
                    "(bolt+ssc:// or neo4j+ssc://); otherwise the server needs a certificate trusted here and issued for this host name.", ex);
            }

            throw new ServiceUnavailableException(
                $"The TLS handshake with {address} failed ({ex.Message}). If the server does not use TLS on this port, drop +s/+ssc " +
                "from the scheme (bolt:// or neo4j://).", ex);
        }
    }

    /// <summary>A TCP client with Nagle off and keepalive on, so that the OS notices a peer that vanished.</summary>
    internal static TcpClient CreateClient()
    {
        var client = new TcpClient { NoDelay = true };
        client.Client.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, true);
        return client;
    }

    private static async Task<BoltVersion> HandshakeAsync(Stream stream, ServerAddress address, bool encrypted, CancellationToken cancellationToken)
    {
        var reply = new byte[4];
        try
        {
            await stream.WriteAsync(Handshake.CreateRequest(), cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            await stream.ReadExactlyAsync(reply, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            // EndOfStreamException included. A TLS-only port drops a plain-text handshake like this.
            var hint = encrypted ? string.Empty
                : " If the server requires TLS, use bolt+s:// or neo4j+s:// (bolt+ssc:// or neo4j+ssc:// for a self-signed certificate).";
            throw new ServiceUnavailableException($"The server at {address} closed the connection during the Bolt handshake.{hint}", ex);
        }

        return Handshake.ParseResponse(reply, address.ToString());
    }

    private static async Task AuthenticateAsync(BoltConnection connection, ConnectionSettings settings, CancellationToken cancellationToken)
    {
        var version = connection.Version;
        var extra = new Dictionary<string, object?> { ["user_agent"] = settings.UserAgent };
        if (version.IsAtLeast(BoltVersion.V5_3))
        {
            extra["bolt_agent"] = BoltAgent;
        }

        if (settings.RoutingContext is not null)
        {
            extra["routing"] = settings.RoutingContext;
        }

        var useLogon = version.IsAtLeast(BoltVersion.V5_1);
        if (!useLogon)
        {
            foreach (var (key, value) in settings.Auth.ToMap())
            {
                extra[key] = value;
            }
        }

        if (version == BoltVersion.V4_4)
        {
            extra["patch_bolt"] = new List<object?> { "utc" };
        }

        connection.Writer.WriteHello(extra);
        if (useLogon)
        {
            connection.Writer.WriteLogon(settings.Auth.ToMap());
        }

        await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        var hello = await connection.ReadSummaryAsync(cancellationToken).ConfigureAwait(false);
        connection.ServerAgent = hello.GetValueOrDefault("server") as string;
        if (ReceiveTimeoutHint(hello) is { } hint)
        {
            connection.ReadTimeout = hint;
            settings.Log?.Invoke($"[{connection.Address}] server hint: read timeout {hint.TotalSeconds:0.###} s");
        }
        if (version == BoltVersion.V4_4 && hello.GetValueOrDefault("patch_bolt") is List<object?> patches && patches.Contains("utc"))
        {
            connection.Writer.UseUtcDateTime = true;
        }

        if (useLogon)
        {
            await connection.ReadSummaryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// <c>hints["connection.recv_timeout_seconds"]</c> of HELLO's SUCCESS (Bolt 4.3+): the server promises to send
    /// something (at least a NOOP) within that time, so silence for longer means the connection is lost.
    /// A missing, zero or negative hint leaves the configured read timeout.
    /// </summary>
    internal static TimeSpan? ReceiveTimeoutHint(IReadOnlyDictionary<string, object?> hello) =>
        hello.GetValueOrDefault("hints") is IReadOnlyDictionary<string, object?> hints
        && hints.GetValueOrDefault("connection.recv_timeout_seconds") is long seconds && seconds > 0
            ? TimeSpan.FromSeconds(Math.Min(seconds, int.MaxValue / 1000))
            : null;

    private static readonly Dictionary<string, object?> BoltAgent = new()
    {
        ["product"] = "KnowledgeGraph.Bolt/1.0",
        ["platform"] = $"{RuntimeInformation.OSDescription}; {RuntimeInformation.OSArchitecture}",
        ["language"] = $"C#/{Environment.Version}",
        ["language_details"] = RuntimeInformation.FrameworkDescription,
    };

    private static async Task DisposeQuietlyAsync(Stream? stream, BoltConnection? connection)
    {
        if (connection is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
        else if (stream is not null)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }
}
