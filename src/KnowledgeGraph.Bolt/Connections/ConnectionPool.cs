using System.Collections.Concurrent;

namespace KnowledgeGraph.Bolt.Connections;

/// <summary>A small pool of idle, authenticated connections per server address.</summary>
internal sealed class ConnectionPool : IAsyncDisposable
{
    private readonly ConcurrentDictionary<ServerAddress, ConcurrentStack<BoltConnection>> _idle = new();
    private readonly ConnectionSettings _settings;
    private readonly int _maxIdlePerServer;
    private bool _disposed;

    public ConnectionPool(ConnectionSettings settings, int maxIdlePerServer)
    {
        _settings = settings;
        _maxIdlePerServer = maxIdlePerServer;
    }

    public async Task<BoltConnection> AcquireAsync(ServerAddress address, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryGetValue(address, out var stack))
        {
            while (stack.TryPop(out var idle))
            {
                if (!idle.IsBroken)
                {
                    return idle;
                }

                await idle.DisposeAsync().ConfigureAwait(false);
            }
        }

        return await ConnectionOpener.OpenAsync(address, _settings, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns a connection: it is RESET first if needed; broken or surplus connections are closed.</summary>
    public async Task ReleaseAsync(BoltConnection connection)
    {
        if (!connection.IsBroken && connection.NeedsReset)
        {
            try
            {
                await connection.ResetAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Neo4jException)
            {
                // The connection is unusable; it is closed below.
                await connection.DisposeAsync().ConfigureAwait(false);
                return;
            }
        }

        var stack = _idle.GetOrAdd(connection.Address, static _ => new ConcurrentStack<BoltConnection>());
        if (connection.IsBroken || _disposed || stack.Count >= _maxIdlePerServer)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            return;
        }

        stack.Push(connection);
    }

    /// <summary>Closes the idle connections to one server (after it failed or lost a role).</summary>
    public async Task PurgeAsync(ServerAddress address)
    {
        if (_idle.TryGetValue(address, out var stack))
        {
            while (stack.TryPop(out var idle))
            {
                await idle.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        foreach (var address in _idle.Keys)
        {
            await PurgeAsync(address).ConfigureAwait(false);
        }
    }
}
