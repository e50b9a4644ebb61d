namespace KnowledgeGraph.Bolt;

/// <summary>Session settings; built with <see cref="SessionConfigBuilder"/>.</summary>
public sealed record SessionConfig(string? Database, AccessMode DefaultAccessMode, IReadOnlyList<string> Bookmarks, int? FetchSize);

/// <summary>Fluent builder used by <see cref="BoltDriver.AsyncSession"/>, as in the official driver.</summary>
public sealed class SessionConfigBuilder
{
    private string? _database;
    private AccessMode _mode = AccessMode.Write;
    private IReadOnlyList<string> _bookmarks = [];
    private int? _fetchSize;

    /// <summary>The database to use; null means the user's home database.</summary>
    public SessionConfigBuilder WithDatabase(string? database)
    {
        _database = database;
        return this;
    }

    /// <summary>Access mode of <see cref="AsyncSession.RunAsync"/> and <see cref="AsyncSession.BeginTransactionAsync"/>.</summary>
    public SessionConfigBuilder WithDefaultAccessMode(AccessMode mode)
    {
        _mode = mode;
        return this;
    }

    /// <summary>Bookmarks the first transaction must see (causal consistency).</summary>
    public SessionConfigBuilder WithBookmarks(params IEnumerable<string> bookmarks)
    {
        _bookmarks = [.. bookmarks];
        return this;
    }

    public SessionConfigBuilder WithFetchSize(int fetchSize)
    {
        ArgumentOutOfRangeException.ThrowIfZero(fetchSize);
        _fetchSize = fetchSize;
        return this;
    }

    internal SessionConfig Build() => new(_database, _mode, _bookmarks, _fetchSize);
}
