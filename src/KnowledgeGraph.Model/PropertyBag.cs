using System.Text.Json;

namespace KnowledgeGraph.Model;

/// <summary>Properties (string, number or boolean values) to and from compact JSON.</summary>
public static class PropertyBag
{
    private static readonly JsonSerializerOptions Compact = new(GraphJson.Options) { WriteIndented = false };

    public static string ToJson(IReadOnlyDictionary<string, object> properties) => JsonSerializer.Serialize(properties, Compact);

    /// <summary>An entity's or relationship's properties: the same string as the serializer's, written field by field.</summary>
    public static string ToJson(PropertyMap properties) => GraphJsonWriter.PropertiesToJson(properties);

    public static SortedDictionary<string, object> FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return new(StringComparer.Ordinal);
        }

        var read = JsonSerializer.Deserialize<Dictionary<string, object>>(json, Compact) ?? [];
        return new SortedDictionary<string, object>(read, StringComparer.Ordinal);
    }
}
