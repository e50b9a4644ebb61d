namespace KnowledgeGraph.Model;

/// <summary>A graph document breaks the contract (unknown label or type, dangling key, bad offsets).</summary>
public sealed class GraphContractException(string message) : Exception(message);
