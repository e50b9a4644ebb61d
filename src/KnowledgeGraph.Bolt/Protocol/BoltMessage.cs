using KnowledgeGraph.Bolt.PackStream;

namespace KnowledgeGraph.Bolt.Protocol;

/// <summary>A decoded Bolt message: its signature and fields.</summary>
public sealed record BoltMessage(byte Tag, IReadOnlyList<object?> Fields)
{
    private static readonly Dictionary<string, object?> EmptyMetadata = [];

    public string Name => MessageTags.NameOf(Tag);

    /// <summary>The metadata dictionary of a SUCCESS or FAILURE message (empty when absent).</summary>
    public IReadOnlyDictionary<string, object?> Metadata =>
        Fields.Count > 0 && Fields[0] is Dictionary<string, object?> map ? map : EmptyMetadata;

    /// <summary>The values of a RECORD message.</summary>
    public IReadOnlyList<object?> RecordValues =>
        Fields.Count > 0 && Fields[0] is List<object?> list ? list : throw new BoltProtocolException("A RECORD message carries no value list.");

    /// <summary>Decodes one de-chunked message.</summary>
    public static BoltMessage Parse(ReadOnlyMemory<byte> message)
    {
        try
        {
            var reader = new PackStreamReader(message);
            var (count, tag) = reader.ReadStructHeader();
            var fields = new object?[count];
            for (var i = 0; i < count; i++)
            {
                fields[i] = reader.ReadValue();
            }

            if (reader.HasMore)
            {
                throw new PackStreamException($"{reader.Position} of {message.Length} message bytes were decoded; the rest is unexpected.");
            }

            return new BoltMessage(tag, fields);
        }
        catch (PackStreamException ex)
        {
            throw new BoltProtocolException($"Could not decode a Bolt message: {ex.Message}", ex);
        }
    }

    public override string ToString() => $"{Name} ({Fields.Count} fields)";
}
