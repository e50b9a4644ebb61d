namespace KnowledgeGraph.Storage;

/// <summary>The store cannot be opened or written (corrupt file, newer schema, disk full).</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
