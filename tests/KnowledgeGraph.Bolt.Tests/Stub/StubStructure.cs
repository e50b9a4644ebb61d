using KnowledgeGraph.Bolt.PackStream;
using KnowledgeGraph.Bolt.Protocol;

namespace KnowledgeGraph.Bolt.Tests.Stub;

/// <summary>
/// A PackStream structure a server line sends, written in a script as <c>{"$struct": "N", "fields": [...]}</c>
/// (the tag is one ASCII character: N node, R relationship, r unbound relationship, P path).
/// </summary>
internal sealed record StubStructure(byte Tag, List<object?> Fields)
{
    /// <summary>Encodes one server message, structures included, as chunked bytes.</summary>
    public static byte[] EncodeMessage(byte tag, List<object?> fields)
    {
        using var message = new PackStreamWriter();
        message.WriteStructHeader(fields.Count, tag);
        foreach (var field in fields)
        {
            Write(message, field);
        }

        using var output = new PackStreamWriter(message.Length + 16);
        Chunking.WriteChunked(message.WrittenSpan, output);
        return output.ToArray();
    }

    private static void Write(PackStreamWriter writer, object? value)
    {
        switch (value)
        {
            case StubStructure s:
                writer.WriteStructHeader(s.Fields.Count, s.Tag);
                s.Fields.ForEach(f => Write(writer, f));
                break;
            case List<object?> list:
                writer.WriteListHeader(list.Count);
                list.ForEach(item => Write(writer, item));
                break;
            case Dictionary<string, object?> map:
                writer.WriteMapHeader(map.Count);
                foreach (var (key, item) in map)
                {
                    writer.WriteString(key);
                    Write(writer, item);
                }

                break;
            default:
                writer.WriteValue(value);
                break;
        }
    }
}
