namespace KnowledgeGraph.Model;

/// <summary>An article as kept in the store (the read model every sink and exporter consumes).</summary>
public sealed record StoredArticle(
    string Key, string Title, string? Source, string? Url, string? Published, string? Place, string Language, string? Path, string IngestedAt);

/// <summary>One sentence a relationship was read from, and the article it is in.</summary>
public sealed record StoredEvidence(string ArticleKey, int Start, int End, string Text, double? Confidence);

/// <summary>An entity as kept in the store, merged over every article that mentions it.</summary>
public sealed class StoredEntity
{
    public required string Key { get; init; }

    public required string Label { get; init; }

    public required string Name { get; init; }

    public List<string> Aliases { get; init; } = [];

    public SortedDictionary<string, object> Properties { get; init; } = new(StringComparer.Ordinal);

    public int MentionCount { get; init; }
}

/// <summary>A relationship as kept in the store, with all its evidence.</summary>
public sealed class StoredRelationship
{
    public required string Type { get; init; }

    public required string Start { get; init; }

    public required string End { get; init; }

    public SortedDictionary<string, object> Properties { get; init; } = new(StringComparer.Ordinal);

    public List<StoredEvidence> Evidence { get; init; } = [];

    /// <summary>How many articles gave evidence for it in the store (also when <see cref="Evidence"/> holds only one article's).</summary>
    public int ArticleCount { get; init; }
}

/// <summary>A whole graph, or a part of it, read from the store.</summary>
public sealed class GraphSnapshot
{
    public List<StoredArticle> Articles { get; init; } = [];

    public List<StoredEntity> Entities { get; init; } = [];

    public List<StoredRelationship> Relationships { get; init; } = [];

    /// <summary>The label of a key: an entity's label, or Article.</summary>
    public string LabelOf(string key) =>
        key.StartsWith(ArticleKeys.Prefix, StringComparison.Ordinal)
            ? GraphLabels.Article
            : Entities.Find(e => e.Key == key)?.Label ?? throw new KeyNotFoundException(key);
}

/// <summary>How many of each thing the store holds.</summary>
public sealed record StoreCounts(int Articles, int Entities, int Relationships, int Mentions, int Evidence, int PendingSync);

/// <summary>What saving one article did.</summary>
public sealed record SaveResult(bool AlreadyStored, int EntitiesAdded, int RelationshipsAdded);
