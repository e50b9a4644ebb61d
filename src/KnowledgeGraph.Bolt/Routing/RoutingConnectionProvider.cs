using KnowledgeGraph.Bolt.Connections;

namespace KnowledgeGraph.Bolt.Routing;

/// <summary>
/// neo4j:// — keeps a routing table per database (fetched with ROUTE), sends writes to a writer and reads to a reader,
/// and forgets servers that fail or stop being the leader.
/// </summary>
internal sealed class RoutingConnectionProvider : IConnectionProvider
{
    private readonly ConnectionPool _pool;
    private readonly ServerAddress _initialRouter;
    private readonly IReadOnlyDictionary<string, object?> _routingContext;
    private readonly TimeProvider _time;
    private readonly Action<string>? _log;
    private readonly Dictionary<string, RoutingTable> _tables = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private int _roundRobin;

    public RoutingConnectionProvider(ConnectionPool pool, ServerAddress initialRouter, IReadOnlyDictionary<string, object?> routingContext,
        TimeProvider time, Action<string>? log)
    {
        _pool = pool;
        _initialRouter = initialRouter;
        _routingContext = routingContext;
        _time = time;
        _log = log;
    }

    public async Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var table = await GetTableAsync(mode, database, bookmarks, cancellationToken).ConfigureAwait(false);
        var servers = table.Snapshot(mode);
        if (servers.Length == 0)
        {
            throw new SessionExpiredException($"No {(mode == AccessMode.Write ? "writer" : "reader")} is available for database '{database ?? "<default>"}'.");
        }

        var start = (int)((uint)Interlocked.Increment(ref _roundRobin) % (uint)servers.Length);
        ServiceUnavailableException? last = null;
        for (var i = 0; i < servers.Length; i++)
        {
            var address = servers[(start + i) % servers.Length];
            try
            {
                return await _pool.AcquireAsync(address, cancellationToken).ConfigureAwait(false);
            }
            catch (ServiceUnavailableException ex)
            {
                last = ex;
                await ForgetServerAsync(address).ConfigureAwait(false);
            }
        }

        throw new SessionExpiredException($"No {(mode == AccessMode.Write ? "writer" : "reader")} of database '{database ?? "<default>"}' could be reached.", null, last);
    }

    public Task ReleaseAsync(BoltConnection connection) => _pool.ReleaseAsync(connection);

    public string? HomeDatabase { get; private set; }

    public Task ForgetWriterAsync(ServerAddress address, string? database)
    {
        lock (_tables)
        {
            if (_tables.TryGetValue(database ?? string.Empty, out var table))
            {
                table.ForgetWriter(address);
            }
        }

        _log?.Invoke($"[routing] {address} is no longer a writer of '{database ?? "<default>"}'");
        return Task.CompletedTask;
    }

    public async Task ForgetServerAsync(ServerAddress address)
    {
        lock (_tables)
        {
            foreach (var table in _tables.Values)
            {
                table.Forget(address);
            }
        }

        await _pool.PurgeAsync(address).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _pool.DisposeAsync().ConfigureAwait(false);
        _refreshLock.Dispose();
    }

    private async Task<RoutingTable> GetTableAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var key = database ?? string.Empty;
        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            RoutingTable? current;
            lock (_tables)
            {
                _tables.TryGetValue(key, out current);
            }

            if (current is not null && !current.IsStaleFor(mode, _time.GetUtcNow()))
            {
                return current;
            }

            var fresh = await FetchAsync(current, database, bookmarks, cancellationToken).ConfigureAwait(false);
            lock (_tables)
            {
                _tables[key] = fresh;
                if (database is null && !string.IsNullOrEmpty(fresh.Database))
                {
                    // The home database, by its name: sessions that learn it ask for it by name, with no second ROUTE.
                    _tables[fresh.Database] = fresh;
                    HomeDatabase = fresh.Database;
                }
            }

            _log?.Invoke($"[routing] {fresh}");
            return fresh;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    /// <summary>Asks the known routers in turn, then the URI's router, for a new table.</summary>
    private async Task<RoutingTable> FetchAsync(RoutingTable? current, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var routers = new List<ServerAddress>(current?.Routers ?? []);
        if (!routers.Contains(_initialRouter))
        {
            routers.Add(_initialRouter);
        }

        Exception? last = null;
        foreach (var router in routers)
        {
            try
            {
                return await RouteAsync(router, database, bookmarks, cancellationToken).ConfigureAwait(false);
            }
            catch (ServiceUnavailableException ex)
            {
                last = ex;
                _log?.Invoke($"[routing] router {router} failed: {ex.Message}");
            }
        }

        throw new ServiceUnavailableException($"Could not get a routing table for database '{database ?? "<default>"}' from any router ({string.Join(", ", routers)}).", last);
    }

    private async Task<RoutingTable> RouteAsync(ServerAddress router, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var connection = await _pool.AcquireAsync(router, cancellationToken).ConfigureAwait(false);
        try
        {
            connection.Writer.WriteRoute(_routingContext, bookmarks, database);
            await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            var success = await connection.ReadSummaryAsync(cancellationToken).ConfigureAwait(false);
            return RoutingTable.Parse(success, _time.GetUtcNow());
        }
        finally
        {
            await _pool.ReleaseAsync(connection).ConfigureAwait(false);
        }
    }
}
