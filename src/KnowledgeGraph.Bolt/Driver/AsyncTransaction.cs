using KnowledgeGraph.Bolt.Connections;

namespace KnowledgeGraph.Bolt;

/// <summary>
/// An explicit transaction on one connection. BEGIN is sent together with the first query (or COMMIT).
/// After any failure the transaction is finished: the server rolls it back.
/// </summary>
public sealed class AsyncTransaction : IAsyncDisposable
{
    private readonly BoltConnection _connection;
    private readonly int _fetchSize;
    private readonly Func<AsyncTransaction, Task> _onFinished;
    private ResultCursor? _openCursor;
    private bool _beginUnanswered;
    private State _state = State.Active;

    internal AsyncTransaction(BoltConnection connection, IReadOnlyDictionary<string, object?> beginExtra, int fetchSize, Func<AsyncTransaction, Task> onFinished)
    {
        _connection = connection;
        _fetchSize = fetchSize;
        _onFinished = onFinished;
        connection.Writer.WriteBegin(beginExtra);
        _beginUnanswered = true;
    }

    private enum State
    {
        Active,
        Committed,
        RolledBack,
        Failed,
    }

    internal BoltConnection Connection => _connection;

    /// <summary>The bookmark returned by COMMIT.</summary>
    public string? Bookmark { get; private set; }

    public bool IsOpen => _state == State.Active;

    /// <summary>The error that ended the transaction, if any.</summary>
    internal Exception? Failure { get; private set; }

    public async Task<ResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        await PrepareAsync(cancellationToken).ConfigureAwait(false);
        return await GuardAsync(async () =>
        {
            _connection.Writer.WriteRun(query, parameters);
            _connection.Writer.WritePull(_fetchSize);
            await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            await ReadBeginAsync(cancellationToken).ConfigureAwait(false);
            var run = await _connection.ReadSummaryAsync(cancellationToken).ConfigureAwait(false);
            _openCursor = new ResultCursor(_connection, query, run, _fetchSize, OnCursorCompletedAsync);
            return _openCursor;
        }).ConfigureAwait(false);
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await PrepareAsync(cancellationToken).ConfigureAwait(false);
        await GuardAsync(async () =>
        {
            _connection.Writer.WriteCommit();
            await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            await ReadBeginAsync(cancellationToken).ConfigureAwait(false);
            var success = await _connection.ReadSummaryAsync(cancellationToken).ConfigureAwait(false);
            Bookmark = success.GetValueOrDefault("bookmark") as string;
            return true;
        }).ConfigureAwait(false);
        await FinishAsync(State.Committed).ConfigureAwait(false);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_state != State.Active)
        {
            return;
        }

        await PrepareAsync(cancellationToken).ConfigureAwait(false);
        await GuardAsync(async () =>
        {
            _connection.Writer.WriteRollback();
            await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            await ReadBeginAsync(cancellationToken).ConfigureAwait(false);
            await _connection.ReadSummaryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
        await FinishAsync(State.RolledBack).ConfigureAwait(false);
    }

    /// <summary>Rolls back if still open (a failed rollback only closes the connection).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_state != State.Active)
        {
            return;
        }

        try
        {
            await RollbackAsync().ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            // The transaction is finished (failed); the connection was reset or closed.
        }
    }

    /// <summary>Finishes the previous query's stream so the connection is free for the next request.</summary>
    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (_state != State.Active)
        {
            throw new InvalidOperationException($"The transaction is no longer open ({_state.ToString().ToLowerInvariant()}).");
        }

        if (_openCursor is { IsCompleted: false } cursor)
        {
            await GuardAsync(async () =>
            {
                await cursor.BufferAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }).ConfigureAwait(false);
        }
    }

    private async Task ReadBeginAsync(CancellationToken cancellationToken)
    {
        if (_beginUnanswered)
        {
            _beginUnanswered = false;
            await _connection.ReadSummaryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            await FinishAsync(State.Failed, ex).ConfigureAwait(false);
            throw;
        }
    }

    private async Task OnCursorCompletedAsync(ResultCursor cursor, Exception? failure)
    {
        if (failure is not null)
        {
            await FinishAsync(State.Failed, failure).ConfigureAwait(false);
        }
    }

    private async Task FinishAsync(State state, Exception? failure = null)
    {
        if (_state != State.Active)
        {
            return;
        }

        _state = state;
        Failure = failure;
        await _onFinished(this).ConfigureAwait(false);
    }
}
