namespace KnowledgeGraph.Bolt.Connections;

/// <summary>bolt:// — every piece of work goes to the one server of the URI.</summary>
internal sealed class DirectConnectionProvider(ConnectionPool pool, ServerAddress address) : IConnectionProvider
{
    public Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken) =>
        pool.AcquireAsync(address, cancellationToken);

    public Task ReleaseAsync(BoltConnection connection) => pool.ReleaseAsync(connection);

    public string? HomeDatabase => null;

    public Task ForgetWriterAsync(ServerAddress server, string? database) => Task.CompletedTask;

    public Task ForgetServerAsync(ServerAddress server) => pool.PurgeAsync(server);

    public ValueTask DisposeAsync() => pool.DisposeAsync();
}
