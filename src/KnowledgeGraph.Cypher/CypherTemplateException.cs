namespace KnowledgeGraph.Cypher;

/// <summary>A template is missing, malformed, or used with the wrong parameters or placeholders.</summary>
public sealed class CypherTemplateException(string message) : Exception(message);
