namespace KnowledgeGraph.Model;

/// <summary>One node of the graph: a person, institution, place, event or work.</summary>
public sealed class Entity
{
    /// <summary>Stable canonical key, the MERGE key in Neo4j («person:kazykhan-erzhan»).</summary>
    public required string Key { get; init; }

    /// <summary>One of <see cref="GraphLabels.All"/>.</summary>
    public required string Label { get; init; }

    /// <summary>Canonical name in the nominative.</summary>
    public required string Name { get; set; }

    /// <summary>Other surface forms, normalised, without the canonical name.</summary>
    public List<string> Aliases { get; init; } = [];

    /// <summary>String, number or boolean values only.</summary>
    public PropertyMap Properties { get; init; } = new();

    /// <summary>Every mention in the text, ordered by start.</summary>
    public List<TextSpan> Mentions { get; init; } = [];
}
