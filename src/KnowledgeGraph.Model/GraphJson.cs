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

    public static string Serialize(GraphDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>The same JSON as <see cref="Serialize"/>, as UTF-8 bytes: no UTF-16 string to build and encode again.</summary>
    public static byte[] SerializeToUtf8Bytes(GraphDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, Options);

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
