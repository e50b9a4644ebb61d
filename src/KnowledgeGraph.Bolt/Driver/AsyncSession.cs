using KnowledgeGraph.Bolt.Connections;

namespace KnowledgeGraph.Bolt;

/// <summary>
/// A sequence of transactions with causal chaining (each one sees the previous one's bookmark). Not thread safe:
/// use one session per concurrent flow. Holds at most one connection, only while work is in progress.
/// </summary>
public sealed class AsyncSession : IAsyncDisposable
{
    private readonly IConnectionProvider _provider;
    private readonly SessionConfig _config;
    private readonly RetryPolicy _retry;
    private readonly int _fetchSize;
    private IReadOnlyList<string> _bookmarks;
    private string? _database;
    private AsyncTransaction? _transaction;
    private ResultCursor? _autoCommitCursor;
    private BoltConnection? _autoCommitConnection;

    internal AsyncSession(IConnectionProvider provider, SessionConfig config, BoltDriverOptions options)
    {
        _provider = provider;
        _config = config;
        _retry = new RetryPolicy(options);
        _fetchSize = config.FetchSize ?? options.FetchSize;
        _bookmarks = config.Bookmarks;
        _database = config.Database;
    }

    /// <summary>Bookmarks of the last committed work (pass them to another session for causal consistency).</summary>
    public IReadOnlyList<string> LastBookmarks => _bookmarks;

    /// <summary>The database configured, or the home database the routing table named once one was fetched.</summary>
    public string? Database => _database;

    /// <summary>Runs <paramref name="work"/> in a write transaction, retrying transient failures; commits when it returns.</summary>
    public Task<T> ExecuteWriteAsync<T>(Func<AsyncTransaction, Task<T>> work, TransactionConfig? config = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, work, config, cancellationToken);

    public Task ExecuteWriteAsync(Func<AsyncTransaction, Task> work, TransactionConfig? config = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, Wrap(work), config, cancellationToken);

    /// <summary>
    /// Runs each statement in its own write transaction, pipelined (see <see cref="PipelinedWrites"/>): the transactions
    /// go out without waiting for each answer, so a batch of them costs about one round trip instead of two per statement.
    /// Only for statements that may be sent twice (MERGE on keys): a retryable failure sends the whole list again, and
    /// the transactions answered before a failing one stay committed. <paramref name="statements"/> is enumerated once
    /// an attempt, as the statements are written.
    /// </summary>
    public Task ExecuteWritesAsync(IEnumerable<BoltStatement> statements, TransactionConfig? config = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        return _retry.ExecuteAsync(async _ =>
        {
            await FinishOpenWorkAsync().ConfigureAwait(false);
            var connection = await AcquireAsync(AccessMode.Write, cancellationToken).ConfigureAwait(false);
            string? bookmark;
            try
            {
                var extra = TransactionConfig.BuildExtra(_database, AccessMode.Write, _bookmarks, config);
                bookmark = await PipelinedWrites.RunAsync(connection, statements, extra, _fetchSize, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                await ReleaseAsync(connection, ex).ConfigureAwait(false);
                throw;
            }

            if (bookmark is not null)
            {
                _bookmarks = [bookmark];
            }

            await ReleaseAsync(connection, null).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> in a read transaction (a reader in a cluster), retrying transient failures.</summary>
    public Task<T> ExecuteReadAsync<T>(Func<AsyncTransaction, Task<T>> work, TransactionConfig? config = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Read, work, config, cancellationToken);

    public Task ExecuteReadAsync(Func<AsyncTransaction, Task> work, TransactionConfig? config = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Read, Wrap(work), config, cancellationToken);

    /// <summary>Starts an explicit (unmanaged, not retried) transaction.</summary>
    public async Task<AsyncTransaction> BeginTransactionAsync(AccessMode? mode = null, TransactionConfig? config = null, CancellationToken cancellationToken = default)
    {
        await FinishOpenWorkAsync().ConfigureAwait(false);
        var accessMode = mode ?? _config.DefaultAccessMode;
        var connection = await AcquireAsync(accessMode, cancellationToken).ConfigureAwait(false);
        var extra = TransactionConfig.BuildExtra(_database, accessMode, _bookmarks, config);
        _transaction = new AsyncTransaction(connection, extra, _fetchSize, OnTransactionFinishedAsync);
        return _transaction;
    }

    /// <summary>Runs an auto-commit query (not retried). The connection is released when the result is consumed.</summary>
    public async Task<ResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, TransactionConfig? config = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        await FinishOpenWorkAsync().ConfigureAwait(false);
        var mode = _config.DefaultAccessMode;
        var connection = await AcquireAsync(mode, cancellationToken).ConfigureAwait(false);
        try
        {
            connection.Writer.WriteRun(query, parameters, TransactionConfig.BuildExtra(_database, mode, _bookmarks, config));
            connection.Writer.WritePull(_fetchSize);
            await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            var run = await connection.ReadSummaryAsync(cancellationToken).ConfigureAwait(false);
            _autoCommitConnection = connection;
            _autoCommitCursor = new ResultCursor(connection, query, run, _fetchSize, OnAutoCommitCompletedAsync);
            return _autoCommitCursor;
        }
        catch (Exception ex)
        {
            await ReleaseAsync(connection, ex).ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is { } transaction)
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
        }

        await FinishOpenWorkAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// A connection for the session's database. With none configured, a routing driver learns the home database from
    /// ROUTE, and the session names it from then on (BEGIN carries it), as the official drivers do.
    /// </summary>
    private async Task<BoltConnection> AcquireAsync(AccessMode mode, CancellationToken cancellationToken)
    {
        var connection = await _provider.AcquireAsync(mode, _database, _bookmarks, cancellationToken).ConfigureAwait(false);
        _database ??= _provider.HomeDatabase;
        return connection;
    }

    private Task<T> ExecuteAsync<T>(AccessMode mode, Func<AsyncTransaction, Task<T>> work, TransactionConfig? config, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async _ =>
        {
            var transaction = await BeginTransactionAsync(mode, config, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var result = await work(transaction).ConfigureAwait(false);
                if (transaction.IsOpen)
                {
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }

                return result;
            }
        }, cancellationToken);

    private static Func<AsyncTransaction, Task<bool>> Wrap(Func<AsyncTransaction, Task> work) => async transaction =>
    {
        await work(transaction).ConfigureAwait(false);
        return true;
    };

    private async Task FinishOpenWorkAsync()
    {
        if (_transaction is not null)
        {
            throw new InvalidOperationException("A transaction is open in this session; commit or roll it back first.");
        }

        if (_autoCommitCursor is { IsCompleted: false } cursor)
        {
            try
            {
                await cursor.BufferAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is Neo4jException or IOException)
            {
                // Kept by the cursor; reported to whoever reads it.
            }
        }
    }

    private async Task OnTransactionFinishedAsync(AsyncTransaction transaction)
    {
        _transaction = null;
        if (transaction.Bookmark is { } bookmark)
        {
            _bookmarks = [bookmark];
        }

        await ReleaseAsync(transaction.Connection, transaction.Failure).ConfigureAwait(false);
    }

    private async Task OnAutoCommitCompletedAsync(ResultCursor cursor, Exception? failure)
    {
        if (cursor.Summary?.Bookmark is { } bookmark)
        {
            _bookmarks = [bookmark];
        }

        var connection = _autoCommitConnection;
        _autoCommitConnection = null;
        if (connection is not null)
        {
            await ReleaseAsync(connection, failure).ConfigureAwait(false);
        }
    }

    private async Task ReleaseAsync(BoltConnection connection, Exception? failure)
    {
        if (failure is Neo4jException neo4j && ErrorClassifier.RequiresRoutingRefresh(neo4j))
        {
            await _provider.ForgetWriterAsync(connection.Address, _database).ConfigureAwait(false);
        }
        else if (failure is ServiceUnavailableException && connection.IsBroken)
        {
            await _provider.ForgetServerAsync(connection.Address).ConfigureAwait(false);
        }

        await _provider.ReleaseAsync(connection).ConfigureAwait(false);
    }
}
