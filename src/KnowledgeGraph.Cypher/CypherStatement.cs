namespace KnowledgeGraph.Cypher;

/// <summary>A rendered template and the parameters to run it with.</summary>
public sealed record CypherStatement(string Template, string Text, IReadOnlyDictionary<string, object?> Parameters);
