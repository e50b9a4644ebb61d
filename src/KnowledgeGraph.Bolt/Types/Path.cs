namespace KnowledgeGraph.Bolt;

/// <summary>An alternating sequence of nodes and relationships; <c>Nodes.Count == Relationships.Count + 1</c>.</summary>
public sealed class Path
{
    public Path(IReadOnlyList<Node> nodes, IReadOnlyList<Relationship> relationships)
    {
        Nodes = nodes;
        Relationships = relationships;
    }

    public IReadOnlyList<Node> Nodes { get; }

    public IReadOnlyList<Relationship> Relationships { get; }

    public Node Start => Nodes[0];

    public Node End => Nodes[^1];

    public override string ToString() => $"Path({Nodes.Count} nodes, {Relationships.Count} relationships)";
}
