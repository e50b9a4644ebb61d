using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Bolt.Tests.Stub;

/// <summary>Parses the field list of a script line (a sequence of JSON values) into PackStream-shaped .NET values.</summary>
internal static class JsonValues
{
    public static List<object?> ParseMany(string text)
    {
        var values = new List<object?>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            using var document = JsonDocument.ParseValue(ref reader);
            values.Add(Convert(document.RootElement));
        }

        return values;
    }

    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(Convert).ToList(),
        JsonValueKind.Object when element.TryGetProperty("$struct", out var tag) =>
            new StubStructure((byte)tag.GetString()![0], element.GetProperty("fields").EnumerateArray().Select(Convert).ToList()),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value)),
        _ => throw new FormatException($"Unsupported JSON value {element.ValueKind}."),
    };

    /// <summary>Short JSON-like rendering for deviation reports.</summary>
    public static string Describe(object? value)
    {
        var text = JsonSerializer.Serialize(value);
        return text.Length > 300 ? text[..300] + "..." : text;
    }
}
