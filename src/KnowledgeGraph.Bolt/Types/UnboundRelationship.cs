namespace KnowledgeGraph.Bolt;

/// <summary>A relationship without its end points, as carried inside a path structure.</summary>
public sealed record UnboundRelationship(long Id, string Type, IReadOnlyDictionary<string, object?> Properties, string ElementId);
