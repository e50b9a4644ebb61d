namespace KnowledgeGraph.Bolt;

/// <summary>Optional transaction settings sent with BEGIN (or RUN for auto-commit queries).</summary>
public sealed class TransactionConfig
{
    /// <summary>Server-side timeout (<c>tx_timeout</c>, milliseconds on the wire).</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Attached to the transaction in the server's query log (<c>tx_metadata</c>).</summary>
    public IReadOnlyDictionary<string, object?>? Metadata { get; init; }

    internal static Dictionary<string, object?> BuildExtra(string? database, AccessMode mode, IReadOnlyList<string> bookmarks, TransactionConfig? config)
    {
        var extra = new Dictionary<string, object?>();
        if (bookmarks.Count > 0)
        {
            extra["bookmarks"] = bookmarks;
        }

        if (config?.Timeout is { } timeout)
        {
            extra["tx_timeout"] = (long)timeout.TotalMilliseconds;
        }

        if (config?.Metadata is { Count: > 0 } metadata)
        {
            extra["tx_metadata"] = metadata;
        }

        if (mode == AccessMode.Read)
        {
            extra["mode"] = "r";
        }

        if (database is not null)
        {
            extra["db"] = database;
        }

        return extra;
    }
}
