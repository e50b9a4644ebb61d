namespace KnowledgeGraph.Bolt.PackStream;

/// <summary>Malformed PackStream data, or a value that PackStream cannot represent.</summary>
public sealed class PackStreamException : Exception
{
    public PackStreamException(string message) : base(message)
    {
    }

    public PackStreamException(string message, Exception inner) : base(message, inner)
    {
    }
}
