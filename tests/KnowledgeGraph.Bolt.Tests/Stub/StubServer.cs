using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using KnowledgeGraph.Bolt.Protocol;

namespace KnowledgeGraph.Bolt.Tests.Stub;

/// <summary>
/// An in-process Bolt server on 127.0.0.1 that plays scripted conversations, one script per accepted connection,
/// and records every deviation from the script. Tests call <see cref="AssertCompletedAsync"/> at the end.
/// </summary>
internal sealed class StubServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly ConcurrentQueue<string> _deviations = new();
    private readonly ConcurrentQueue<(int Script, BoltMessage Message)> _received = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _completion = Task.CompletedTask;
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _extraConnections = Task.CompletedTask;

    /// <summary>
    /// Listens on <paramref name="port"/> of 127.0.0.1 (0: any free port). With <paramref name="start"/> false
    /// nothing listens (a server that is down) until <see cref="Start"/>; scripts given to <see cref="Play"/> wait.
    /// </summary>
    public StubServer(int port = 0, bool start = true)
    {
        _listener = new TcpListener(IPAddress.Loopback, port);
        Port = port;
        if (start)
        {
            Start();
        }
    }

    public int Port { get; private set; }

    public string Address => $"127.0.0.1:{Port}";

    public IReadOnlyCollection<string> Deviations => _deviations;

    /// <summary>Every client message the scripts read, in order, with the number (1-based) of the script that read it.</summary>
    public IReadOnlyCollection<(int Script, BoltMessage Message)> Received => _received;

    /// <summary>Starts listening (only needed after <c>start: false</c>).</summary>
    public void Start()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _listening.TrySetResult();
    }

    /// <summary>Plays <paramref name="scripts"/> on successive connections (first script on the first connection, ...).</summary>
    public StubServer Play(params string[][] scripts)
    {
        var parsed = scripts.Select(ScriptLine.Parse).ToList();
        _completion = Task.Run(() => ServeAsync(parsed));
        return this;
    }

    /// <summary>Runs the client side; if it throws while the stub saw deviations, the deviations are reported too.</summary>
    public async Task ClientAsync(Func<Task> client)
    {
        try
        {
            await client();
        }
        catch (Exception ex) when (!_deviations.IsEmpty)
        {
            throw new Xunit.Sdk.XunitException($"Client failed ({ex.GetType().Name}: {ex.Message}) after stub deviations: {string.Join(" | ", _deviations)}");
        }
    }

    /// <summary>As <see cref="ClientAsync(Func{Task})"/>, for a client that returns what it found.</summary>
    public async Task<T> ClientAsync<T>(Func<Task<T>> client)
    {
        var result = default(T)!;
        await ClientAsync(async () => { result = await client(); });
        return result;
    }

    /// <summary>Waits for every script to finish and asserts that the client followed them exactly.</summary>
    public async Task AssertCompletedAsync(int timeoutSeconds = 10)
    {
        var finished = await Task.WhenAny(_completion, Task.Delay(TimeSpan.FromSeconds(timeoutSeconds)));
        Assert.True(finished == _completion, $"Stub {Address} did not finish its scripts in time. Deviations: {string.Join(" | ", _deviations)}");
        await _completion;
        Assert.True(_deviations.IsEmpty, $"Stub {Address} deviations: {string.Join(" | ", _deviations)}");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await Task.WhenAll(_completion, _extraConnections);
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped while waiting for a connection that never came.
        }

        _stop.Dispose();
    }

    private async Task ServeAsync(List<List<ScriptLine>> scripts)
    {
        await _listening.Task.WaitAsync(_stop.Token);
        for (var i = 0; i < scripts.Count; i++)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            client.NoDelay = true;
            await using var stream = client.GetStream();
            try
            {
                var number = i + 1;
                await new ScriptPlayer(stream, scripts[i], $"{Address} script {number}", _deviations.Enqueue, m => _received.Enqueue((number, m))).PlayAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is IOException or EndOfStreamException or SocketException)
            {
                _deviations.Enqueue($"{Address} script {i + 1}: connection failed: {ex.Message}");
            }
        }

        _extraConnections = Task.Run(RefuseExtraConnectionsAsync);
    }

    private async Task RefuseExtraConnectionsAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _deviations.Enqueue($"{Address}: unexpected extra connection (no script left)");
        }
    }

    internal static byte[] ParseHex(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => byte.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
}
