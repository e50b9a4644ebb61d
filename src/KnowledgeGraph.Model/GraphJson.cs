using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeGraph.Model;

/// <summary>Reads and writes the graph-json contract (camelCase, UTF-8, Cyrillic unescaped).</summary>
public static class GraphJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Not embedded in HTML (the HTML export escapes on its own): keep Cyrillic, quotes, "+" and "<" readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new PropertyValueConverter() },
    };

    /// <summary>The document's graph JSON: the bytes of <see cref="SerializeToUtf8Bytes"/> as a string.</summary>
    public static string Serialize(GraphDocument document) => System.Text.Encoding.UTF8.GetString(SerializeToUtf8Bytes(document));

    /// <summary>
    /// The document's graph JSON as UTF-8 bytes, written field by field (<see cref="GraphJsonWriter"/>): byte for byte
    /// what <c>JsonSerializer</c> writes with <see cref="Options"/>, at a fraction of its cost.
    /// </summary>
    public static byte[] SerializeToUtf8Bytes(GraphDocument document) => GraphJsonWriter.ToUtf8Bytes(document);

    /// <summary>The bytes of <see cref="SerializeToUtf8Bytes"/> in a pooled array; dispose it once the bytes are written.</summary>
    public static PooledUtf8 SerializeToPooledUtf8(GraphDocument document) => GraphJsonWriter.ToPooledUtf8(document);

    public static GraphDocument Deserialize(string json) =>
        JsonSerializer.Deserialize<GraphDocument>(json, Options)
        ?? throw new GraphContractException("The JSON holds no graph document.");

    public static async Task WriteAsync(GraphDocument document, string path, CancellationToken cancellationToken = default)
    {
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        var tmp = path + ".tmp";
        await File.WriteAllTextAsync(tmp, Serialize(document) + "\n", new System.Text.UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        File.Move(tmp, path, overwrite: true);
    }
}
