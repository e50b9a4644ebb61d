namespace KnowledgeGraph.Bolt;

/// <summary>A relationship as returned by the server (also used for the relationships of a <see cref="Path"/>).</summary>
public sealed class Relationship
{
    public Relationship(
        long id,
        long startNodeId,
        long endNodeId,
        string type,
        IReadOnlyDictionary<string, object?> properties,
        string elementId,
        string startNodeElementId,
        string endNodeElementId)
    {
        Id = id;
        StartNodeId = startNodeId;
        EndNodeId = endNodeId;
        Type = type;
        Properties = properties;
        ElementId = elementId;
        StartNodeElementId = startNodeElementId;
        EndNodeElementId = endNodeElementId;
    }

    public long Id { get; }

    public long StartNodeId { get; }

    public long EndNodeId { get; }

    public string Type { get; }

    public IReadOnlyDictionary<string, object?> Properties { get; }

    public string ElementId { get; }

    public string StartNodeElementId { get; }

    public string EndNodeElementId { get; }

    public object? this[string key] => Properties[key];

    public override string ToString() => $"({StartNodeElementId})-[{ElementId}:{Type}]->({EndNodeElementId})";
}
