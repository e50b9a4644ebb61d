namespace KnowledgeGraph.Model;

/// <summary>What extraction hands on for one article: the graph-json contract.</summary>
public sealed class GraphDocument
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required ArticleInfo Article { get; init; }

    public List<Entity> Entities { get; init; } = [];

    public List<Relationship> Relationships { get; init; } = [];
}
