namespace KnowledgeGraph.Bolt.Connections;

/// <summary>Chooses a server for a piece of work: the single server for bolt://, the routing table for neo4j://.</summary>
internal interface IConnectionProvider : IAsyncDisposable
{
    Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken);

    Task ReleaseAsync(BoltConnection connection);

    /// <summary>The home database named by the last routing table fetched for the default database; null for bolt://.</summary>
    string? HomeDatabase { get; }

    /// <summary>The server answered NotALeader / ForbiddenOnReadOnlyDatabase: stop sending writes there.</summary>
    Task ForgetWriterAsync(ServerAddress address, string? database);

    /// <summary>The server could not be reached.</summary>
    Task ForgetServerAsync(ServerAddress address);
}
