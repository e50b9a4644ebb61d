namespace KnowledgeGraph.Bolt;

/// <summary>What the server reported when a result was fully consumed.</summary>
public sealed class ResultSummary
{
    internal ResultSummary(string query, IReadOnlyDictionary<string, object?> runMetadata, IReadOnlyDictionary<string, object?> endMetadata, ServerAddress server)
    {
        Query = query;
        Server = server;
        Metadata = endMetadata;
        QueryType = endMetadata.GetValueOrDefault("type") as string;
        Database = endMetadata.GetValueOrDefault("db") as string;
        Bookmark = endMetadata.GetValueOrDefault("bookmark") as string;
        Counters = new Counters(endMetadata.GetValueOrDefault("stats") as IReadOnlyDictionary<string, object?>);
        ResultAvailableAfter = Millis(runMetadata.GetValueOrDefault("t_first"));
        ResultConsumedAfter = Millis(endMetadata.GetValueOrDefault("t_last"));
    }

    public string Query { get; }

    public ServerAddress Server { get; }

    /// <summary>"r", "w", "rw" or "s" (schema).</summary>
    public string? QueryType { get; }

    public string? Database { get; }

    /// <summary>Bookmark of an auto-commit query (transactions report theirs on commit).</summary>
    public string? Bookmark { get; }

    public Counters Counters { get; }

    public TimeSpan? ResultAvailableAfter { get; }

    public TimeSpan? ResultConsumedAfter { get; }

    /// <summary>The raw metadata of the final SUCCESS.</summary>
    public IReadOnlyDictionary<string, object?> Metadata { get; }

    private static TimeSpan? Millis(object? value) => value is long ms ? TimeSpan.FromMilliseconds(ms) : null;
}

/// <summary>Update counters of a query (all zero for read-only queries).</summary>
public sealed class Counters
{
    private readonly IReadOnlyDictionary<string, object?> _stats;

    internal Counters(IReadOnlyDictionary<string, object?>? stats)
    {
        _stats = stats ?? new Dictionary<string, object?>();
    }

    public int NodesCreated => Get("nodes-created");

    public int NodesDeleted => Get("nodes-deleted");

    public int RelationshipsCreated => Get("relationships-created");

    public int RelationshipsDeleted => Get("relationships-deleted");

    public int PropertiesSet => Get("properties-set");

    public int LabelsAdded => Get("labels-added");

    public int LabelsRemoved => Get("labels-removed");

    public int IndexesAdded => Get("indexes-added");

    public int IndexesRemoved => Get("indexes-removed");

    public int ConstraintsAdded => Get("constraints-added");

    public int ConstraintsRemoved => Get("constraints-removed");

    public int SystemUpdates => Get("system-updates");

    public bool ContainsUpdates => _stats.GetValueOrDefault("contains-updates") is true
        || NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet + LabelsAdded + LabelsRemoved
           + IndexesAdded + IndexesRemoved + ConstraintsAdded + ConstraintsRemoved > 0;

    private int Get(string key) => _stats.GetValueOrDefault(key) is long value ? (int)value : 0;
}
