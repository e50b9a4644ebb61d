namespace KnowledgeGraph.Bolt;

/// <summary>A node as returned by the server. <see cref="ElementId"/> is the Bolt 5 element id (the numeric id as text on 4.4).</summary>
public sealed class Node
{
    public Node(long id, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?> properties, string elementId)
    {
        Id = id;
        Labels = labels;
        Properties = properties;
        ElementId = elementId;
    }

    /// <summary>Legacy numeric id; prefer <see cref="ElementId"/>.</summary>
    public long Id { get; }

    public IReadOnlyList<string> Labels { get; }

    public IReadOnlyDictionary<string, object?> Properties { get; }

    public string ElementId { get; }

    public object? this[string key] => Properties[key];

    public override string ToString() => $"({ElementId}:{string.Join(':', Labels)} {{{Properties.Count} properties}})";
}
