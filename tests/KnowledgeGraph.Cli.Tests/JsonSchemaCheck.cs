using System.Text.Json;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// The part of JSON Schema the README's schemas use: type (object, array, string, integer, number, null), enum,
/// required, properties with additionalProperties false, items, minimum, oneOf and $ref to $defs.
/// </summary>
internal static class JsonSchemaCheck
{
    public static List<string> Problems(JsonElement value, JsonElement schema)
    {
        var problems = new List<string>();
        Check(value, schema, schema.TryGetProperty("$defs", out var defs) ? defs : default, "$", problems);
        return problems;
    }

    private static void Check(JsonElement value, JsonElement schema, JsonElement defs, string path, List<string> problems)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(value, defs.GetProperty(reference.GetString()!.Split('/')[^1]), defs, path, problems);
            return;
        }

        if (schema.TryGetProperty("oneOf", out var choices))
        {
            if (!choices.EnumerateArray().Any(c => { var p = new List<string>(); Check(value, c, defs, path, p); return p.Count == 0; }))
            {
                problems.Add($"{path}: fits none of oneOf");
            }

            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => a.ToString() == value.ToString()))
        {
            problems.Add($"{path}: '{value}' is not one of the enum");
        }

        if (!schema.TryGetProperty("type", out var type))
        {
            return;
        }

        var kind = type.GetString();
        var fits = kind switch
        {
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "string" => value.ValueKind == JsonValueKind.String,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "number" => value.ValueKind == JsonValueKind.Number,
            "null" => value.ValueKind == JsonValueKind.Null,
            _ => false,
        };
        if (!fits)
        {
            problems.Add($"{path}: not a{(kind is "object" or "array" or "integer" ? "n" : string.Empty)} {kind}");
            return;
        }

        if (schema.TryGetProperty("minimum", out var min) && value.GetDouble() < min.GetDouble())
        {
            problems.Add($"{path}: below {min}");
        }

        if (kind == "array" && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, defs, $"{path}[{i++}]", problems);
            }
        }

        if (kind != "object")
        {
            return;
        }

        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        if (schema.TryGetProperty("required", out var required))
        {
            problems.AddRange(required.EnumerateArray().Select(r => r.GetString()!).Where(r => !value.TryGetProperty(r, out _)).Select(r => $"{path}: no '{r}'"));
        }

        foreach (var member in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(member.Name, out var sub))
            {
                Check(member.Value, sub, defs, path + "." + member.Name, problems);
            }
            else if (schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.False)
            {
                problems.Add($"{path}: '{member.Name}' is not in the schema");
            }
        }
    }
}
