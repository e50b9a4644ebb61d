namespace KnowledgeGraph.Bolt.PackStream;

/// <summary>A structure whose tag this library does not map to a .NET type; kept as tag plus raw fields.</summary>
public sealed record PackStreamStructure(byte Tag, IReadOnlyList<object?> Fields)
{
    public override string ToString() => $"Structure(0x{Tag:X2}, {Fields.Count} fields)";
}
