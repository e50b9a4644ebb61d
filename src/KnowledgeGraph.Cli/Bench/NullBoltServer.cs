using System.Net;
using System.Net.Sockets;
using KnowledgeGraph.Bolt.PackStream;
using KnowledgeGraph.Bolt.Protocol;

namespace KnowledgeGraph.Cli.Bench;

/// <summary>
/// A Bolt server that does nothing: it handshakes (choosing 5.4), answers SUCCESS {} to every
/// message (none to GOODBYE) and counts what it received, so the cost of <c>kg sync</c> itself can
/// be measured, and a test can see which articles' rows were in a committed transaction. Loopback
/// only; it stops when disposed.
/// </summary>
public sealed class NullBoltServer : IAsyncDisposable
{
    private static readonly byte[] Success = [0x00, 0x03, 0xB1, 0x70, 0xA0, 0x00, 0x00];
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly List<Task> _connections = [];
    private readonly HashSet<string> _committedArticles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _committedMentions = new(StringComparer.Ordinal);
    private long _bytes;
    private long _commits;
    private long _runs;

    /// <param name="recordArticles">Decode each RUN and remember the article keys of committed Article rows (costs time: off for benchmarks).</param>
    public NullBoltServer(bool recordArticles = false, int port = 0)
    {
        RecordArticles = recordArticles;
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public bool RecordArticles { get; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string Uri => $"bolt://127.0.0.1:{Port}";

    /// <summary>Bytes received from clients, handshakes and chunk headers included.</summary>
    public long BytesReceived => Interlocked.Read(ref _bytes);

    public long Commits => Interlocked.Read(ref _commits);

    public long Runs => Interlocked.Read(ref _runs);

    /// <summary>Keys of the articles whose Article row was in a committed transaction (with <see cref="RecordArticles"/>).</summary>
    public IReadOnlySet<string> CommittedArticles => Copy(_committedArticles);

    /// <summary>Keys of the articles whose MENTIONS rows were in a committed transaction (with <see cref="RecordArticles"/>).</summary>
    public IReadOnlySet<string> CommittedMentions => Copy(_committedMentions);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        await _accepting.ConfigureAwait(false);
        Task[] open;
        lock (_connections)
        {
            open = [.. _connections];
        }

        await Task.WhenAll(open).ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            lock (_connections)
            {
                _connections.Add(ServeAsync(client));
            }
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        client.NoDelay = true;
        var stream = client.GetStream();
        var counted = new CountingStream(stream, n => Interlocked.Add(ref _bytes, n));
        var pending = new List<(bool Mentions, string Key)>();
        try
        {
            var handshake = new byte[20];
            await counted.ReadExactlyAsync(handshake, _stop.Token).ConfigureAwait(false);
            await stream.WriteAsync(new byte[] { 0x00, 0x00, 0x04, 0x05 }, _stop.Token).ConfigureAwait(false);
            using var reader = new ChunkReader(counted);
            while (true)
            {
                var message = await reader.ReadMessageAsync(_stop.Token).ConfigureAwait(false);
                var tag = message.Length > 1 ? message.Span[1] : (byte)0;
                switch (tag)
                {
                    case MessageTags.Goodbye:
                        return;
                    case MessageTags.Run:
                        Interlocked.Increment(ref _runs);
                        if (RecordArticles)
                        {
                            pending.AddRange(ArticleKeys(message));
                        }

                        break;
                    case MessageTags.Commit:
                        Interlocked.Increment(ref _commits);
                        lock (_committedArticles)
                        {
                            foreach (var (mentions, key) in pending)
                            {
                                (mentions ? _committedMentions : _committedArticles).Add(key);
                            }
                        }

                        pending.Clear();
                        break;
                    case MessageTags.Begin or MessageTags.Rollback or MessageTags.Reset:
                        pending.Clear();
                        break;
                }

                await stream.WriteAsync(Success, _stop.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The client went away, or the server stops: rows not committed are forgotten.
        }
    }

    /// <summary>The article keys of a RUN's rows: the <c>key</c> of Article node rows, the <c>start</c> of MENTIONS rows.</summary>
    private static IEnumerable<(bool Mentions, string Key)> ArticleKeys(ReadOnlyMemory<byte> message)
    {
        var reader = new PackStreamReader(message);
        reader.ReadStructHeader();
        var query = reader.ReadValue() as string ?? string.Empty;
        var mentions = query.Contains("[r:MENTIONS]", StringComparison.Ordinal);
        var field = mentions ? "start" : query.Contains("(n:Article ", StringComparison.Ordinal) ? "key" : null;
        if (field is null || reader.ReadValue() is not Dictionary<string, object?> parameters || parameters.GetValueOrDefault("rows") is not List<object?> rows)
        {
            return [];
        }

        return rows.OfType<Dictionary<string, object?>>().Select(r => r.GetValueOrDefault(field)).OfType<string>().Select(k => (mentions, k)).ToList();
    }

    private IReadOnlySet<string> Copy(HashSet<string> set)
    {
        lock (_committedArticles)
        {
            return set.ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>A read-only view of a stream that reports how many bytes were read.</summary>
    private sealed class CountingStream(Stream inner, Action<int> counted) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            counted(n);
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            counted(n);
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
