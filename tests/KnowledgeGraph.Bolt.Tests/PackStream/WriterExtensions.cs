using KnowledgeGraph.Bolt.PackStream;

namespace KnowledgeGraph.Bolt.Tests.PackStream;

internal static class WriterExtensions
{
    /// <summary>Writes a structure with the given tag and field values (test helper).</summary>
    public static void WriteMessage(this PackStreamWriter writer, byte tag, params object?[] fields)
    {
        writer.WriteStructHeader(fields.Length, tag);
        foreach (var field in fields)
        {
            writer.WriteValue(field);
        }
    }
}
