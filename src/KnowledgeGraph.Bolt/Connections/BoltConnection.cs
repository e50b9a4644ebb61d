using KnowledgeGraph.Bolt.Protocol;

namespace KnowledgeGraph.Bolt.Connections;

/// <summary>
/// One Bolt connection after the handshake. Requests are queued, then flushed together (pipelining); every request
/// gets exactly one summary (SUCCESS, FAILURE or IGNORED), counted in <see cref="_pending"/>.
/// </summary>
internal sealed class BoltConnection : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly ChunkReader _reader;
    private readonly string? _secret;
    private readonly Action<string>? _log;
    private readonly ReadTimer _readTimer;
    private int _pending;

    public BoltConnection(Stream stream, ServerAddress address, BoltVersion version, string? secret, Action<string>? log, TimeSpan readTimeout)
    {
        _stream = stream;
        _readTimer = new ReadTimer(readTimeout);
        _reader = new ChunkReader(stream);
        Address = address;
        Version = version;
        _secret = secret;
        _log = log;
        Writer = new BoltMessageWriter { UseUtcDateTime = version.Major >= 5 };
    }

    public ServerAddress Address { get; }

    public BoltVersion Version { get; }

    /// <summary>Queue requests here, then call <see cref="FlushAsync"/>.</summary>
    public BoltMessageWriter Writer { get; }

    public string? ServerAgent { get; set; }

    /// <summary>
    /// How long one message may take to arrive before the connection is given up as lost: the configured read timeout,
    /// replaced by the server's <c>connection.recv_timeout_seconds</c> hint when HELLO's SUCCESS carries one.
    /// </summary>
    public TimeSpan ReadTimeout
    {
        get => _readTimer.Timeout;
        set => _readTimer.Timeout = value;
    }

    /// <summary>The connection cannot be used any more (I/O failure, protocol violation, closed).</summary>
    public bool IsBroken { get; private set; }

    /// <summary>The server is (or may be) in FAILED state, or responses are outstanding: RESET before reuse.</summary>
    public bool NeedsReset => _needsReset || _pending > 0;

    private bool _needsReset;

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (Writer.MessageCount == 0)
        {
            return;
        }

        ThrowIfBroken();
        _pending += Writer.MessageCount;
        try
        {
            await _stream.WriteAsync(Writer.Output, cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or OperationCanceledException)
        {
            throw Broken(ex);
        }
        finally
        {
            Writer.Clear();
        }
    }

    /// <summary>Reads the next message (RECORD or summary).</summary>
    public async Task<BoltMessage> ReadAsync(CancellationToken cancellationToken)
    {
        ThrowIfBroken();
        BoltMessage message;
        var (token, caller) = _readTimer.Start(cancellationToken);
        try
        {
            message = BoltMessage.Parse(await _reader.ReadMessageAsync(token).ConfigureAwait(false));
        }
        catch (BoltProtocolException)
        {
            IsBroken = true;
            throw;
        }
        catch (OperationCanceledException ex) when (_readTimer.IsDeadline(cancellationToken))
        {
            throw Stalled(ex);
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or ObjectDisposedException or OperationCanceledException)
        {
            throw _readTimer.IsDeadline(cancellationToken) ? Stalled(ex) : Broken(ex);
        }
        finally
        {
            await caller.DisposeAsync().ConfigureAwait(false);
        }

        if (message.Tag != MessageTags.Record)
        {
            _pending--;
        }

        return message;
    }

    /// <summary>Reads a summary: returns SUCCESS metadata, throws the classified error for FAILURE or IGNORED.</summary>
    public async Task<IReadOnlyDictionary<string, object?>> ReadSummaryAsync(CancellationToken cancellationToken)
    {
        var message = await ReadAsync(cancellationToken).ConfigureAwait(false);
        return message.Tag switch
        {
            MessageTags.Success => message.Metadata,
            MessageTags.Failure => throw Failure(message),
            MessageTags.Ignored => throw Ignored(),
            _ => throw ProtocolViolation($"expected a summary message but received {message.Name}"),
        };
    }

    /// <summary>Turns a FAILURE into an exception; the server is now FAILED until RESET.</summary>
    public Neo4jException Failure(BoltMessage failure)
    {
        _needsReset = true;
        var exception = ErrorClassifier.FromFailure(failure.Metadata, _secret);
        _log?.Invoke($"[{Address}] FAILURE {exception.Code}");
        return exception;
    }

    public Neo4jException Ignored()
    {
        _needsReset = true;
        return new Neo4jClientException("The request was ignored by the server because an earlier request on the connection failed.");
    }

    public BoltProtocolException ProtocolViolation(string detail)
    {
        IsBroken = true;
        return new BoltProtocolException($"Protocol violation from {Address}: {detail}.");
    }

    /// <summary>Sends RESET and drains every outstanding response; afterwards the server is READY.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        Writer.WriteReset();
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        BoltMessage last;
        do
        {
            last = await ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        while (_pending > 0);

        if (last.Tag != MessageTags.Success)
        {
            throw last.Tag == MessageTags.Failure ? Failure(last) : ProtocolViolation($"RESET answered with {last.Name}");
        }

        _needsReset = false;
    }

    public async ValueTask DisposeAsync()
    {
        if (!IsBroken)
        {
            IsBroken = true;
            try
            {
                Writer.WriteGoodbye();
                await _stream.WriteAsync(Writer.Output).ConfigureAwait(false);
                await _stream.FlushAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or NotSupportedException)
            {
                // The peer is gone already; nothing to say goodbye to.
            }
        }

        await _stream.DisposeAsync().ConfigureAwait(false);
        _reader.Dispose();
        _readTimer.Dispose();
        Writer.Dispose();
    }

    private ServiceUnavailableException Broken(Exception ex)
    {
        IsBroken = true;
        _log?.Invoke($"[{Address}] connection lost: {ex.GetType().Name}");
        return new ServiceUnavailableException($"The connection to {Address} was lost ({ex.GetType().Name}: {ex.Message}).", ex);
    }

    /// <summary>No message within the read timeout: the connection is given up as lost (a half-open socket looks like this).</summary>
    private ServiceUnavailableException Stalled(Exception ex)
    {
        IsBroken = true;
        _log?.Invoke($"[{Address}] no answer within {ReadTimeout.TotalSeconds:0.###} s; connection given up");
        return new ServiceUnavailableException(
            $"The server at {Address} sent nothing for {ReadTimeout.TotalSeconds:0.###} s (read timeout); the connection is treated as lost.", ex);
    }

    private void ThrowIfBroken()
    {
        if (IsBroken)
        {
            throw new ServiceUnavailableException($"The connection to {Address} is no longer usable.");
        }
    }
}
