using KnowledgeGraph.Bolt.Connections;
using KnowledgeGraph.Bolt.Protocol;

namespace KnowledgeGraph.Bolt;

/// <summary>
/// Records of one query, fetched in batches of the configured fetch size (PULL {n}). Read with
/// <see cref="FetchAsync"/>/<see cref="Current"/>, <see cref="ToListAsync"/> or <see cref="ConsumeAsync"/>.
/// </summary>
public sealed class ResultCursor
{
    private readonly BoltConnection _connection;
    private readonly string _query;
    private readonly IReadOnlyDictionary<string, object?> _runMetadata;
    private readonly RecordKeys _keys;
    private readonly long _fetchSize;
    private readonly long _qid;
    private readonly Func<ResultCursor, Exception?, Task> _onCompleted;
    private readonly Queue<Record> _buffer = new();
    private Record? _current;
    private bool _pullOutstanding = true;
    private bool _discarding;
    private ResultSummary? _summary;
    private Exception? _failure;

    internal ResultCursor(BoltConnection connection, string query, IReadOnlyDictionary<string, object?> runMetadata, long fetchSize,
        Func<ResultCursor, Exception?, Task> onCompleted)
    {
        _connection = connection;
        _query = query;
        _runMetadata = runMetadata;
        _fetchSize = fetchSize;
        _onCompleted = onCompleted;
        _qid = runMetadata.GetValueOrDefault("qid") is long qid ? qid : -1;
        var names = new List<string>();
        if (runMetadata.GetValueOrDefault("fields") is List<object?> fields)
        {
            foreach (var field in fields)
            {
                names.Add(field as string ?? string.Empty);
            }
        }

        _keys = new RecordKeys(names);
    }

    public IReadOnlyList<string> Keys => _keys.Names;

    /// <summary>The record read by the last successful <see cref="FetchAsync"/>.</summary>
    public Record Current => _current ?? throw new InvalidOperationException("Call FetchAsync first (and check that it returned true).");

    internal bool IsCompleted => _summary is not null || _failure is not null;

    internal ResultSummary? Summary => _summary;

    /// <summary>Moves to the next record; false at the end.</summary>
    public async Task<bool> FetchAsync(CancellationToken cancellationToken = default)
    {
        while (_buffer.Count == 0 && !IsCompleted)
        {
            await ReadMessageAsync(cancellationToken).ConfigureAwait(false);
        }

        ThrowIfFailed();
        _current = _buffer.Count > 0 ? _buffer.Dequeue() : null;
        return _current is not null;
    }

    /// <summary>Reads all remaining records.</summary>
    public async Task<List<Record>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var records = new List<Record>();
        while (await FetchAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(Current);
        }

        return records;
    }

    /// <summary>Reads exactly one record; throws if there are none or several.</summary>
    public async Task<Record> SingleAsync(CancellationToken cancellationToken = default)
    {
        var records = await ToListAsync(cancellationToken).ConfigureAwait(false);
        return records.Count == 1 ? records[0] : throw new InvalidOperationException($"Expected exactly one record but the query returned {records.Count}.");
    }

    /// <summary>Discards the remaining records and returns the summary.</summary>
    public async Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        _discarding = true;
        _buffer.Clear();
        while (!IsCompleted)
        {
            await ReadMessageAsync(cancellationToken).ConfigureAwait(false);
        }

        _buffer.Clear();
        ThrowIfFailed();
        return _summary!;
    }

    /// <summary>Reads what is left into memory so that the connection can carry the next request.</summary>
    internal async Task BufferAsync(CancellationToken cancellationToken)
    {
        while (!IsCompleted)
        {
            await ReadMessageAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ReadMessageAsync(CancellationToken cancellationToken)
    {
        if (!_pullOutstanding)
        {
            if (_discarding)
            {
                _connection.Writer.WriteDiscard(-1, _qid);
            }
            else
            {
                _connection.Writer.WritePull(_fetchSize, _qid);
            }

            await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            _pullOutstanding = true;
        }

        BoltMessage message;
        try
        {
            message = await _connection.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            await CompleteAsync(ex).ConfigureAwait(false);
            throw;
        }

        switch (message.Tag)
        {
            case MessageTags.Record:
                if (!_discarding)
                {
                    _buffer.Enqueue(new Record(_keys, message.RecordValues));
                }

                break;
            case MessageTags.Success:
                _pullOutstanding = false;
                if (message.Metadata.GetValueOrDefault("has_more") is not true)
                {
                    _summary = new ResultSummary(_query, _runMetadata, message.Metadata, _connection.Address);
                    await CompleteAsync(null).ConfigureAwait(false);
                }

                break;
            case MessageTags.Failure:
                await CompleteAsync(_connection.Failure(message)).ConfigureAwait(false);
                break;
            case MessageTags.Ignored:
                await CompleteAsync(_connection.Ignored()).ConfigureAwait(false);
                break;
            default:
                await CompleteAsync(_connection.ProtocolViolation($"unexpected {message.Name} while streaming records")).ConfigureAwait(false);
                break;
        }
    }

    private async Task CompleteAsync(Exception? failure)
    {
        _failure ??= failure;
        await _onCompleted(this, failure).ConfigureAwait(false);
    }

    private void ThrowIfFailed()
    {
        if (_failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
        }
    }
}
