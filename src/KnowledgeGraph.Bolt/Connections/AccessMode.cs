namespace KnowledgeGraph.Bolt;

/// <summary>Whether work reads only (may go to a reader) or writes (must go to the writer).</summary>
public enum AccessMode
{
    Write,
    Read,
}
