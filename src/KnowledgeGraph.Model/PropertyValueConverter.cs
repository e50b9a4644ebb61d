using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeGraph.Model;

/// <summary>
/// Property values are strings, numbers or booleans. Reading gives string, long, double or bool
/// (not JsonElement), so a document read back equals the one written.
/// </summary>
internal sealed class PropertyValueConverter : JsonConverter<object>
{
    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Number when reader.TryGetInt64(out var l) => l,
        JsonTokenType.Number => reader.GetDouble(),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"A property value must be a string, number or boolean, not {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: WriteFloat(writer, d, double.IsFinite(d)); break;
            case float f: WriteFloat(writer, f, float.IsFinite(f)); break;
            case decimal m: WriteFloat(writer, m, m.ToString(CultureInfo.InvariantCulture)); break;
            default: throw new JsonException($"Property values must be strings, numbers or booleans, not {value.GetType().Name}.");
        }
    }

    // A whole floating-point number is written with ".0" (2.0, not 2), so it is read back as a
    // double, not a long. Doubles and floats are formatted ("R", as ToString gives them) into a buffer on the stack.
    private static void WriteFloat<T>(Utf8JsonWriter writer, T value, bool finite)
        where T : IUtf8SpanFormattable
    {
        Span<byte> text = stackalloc byte[MaxFloatBytes + 2];
        if (!finite)
        {
            throw new JsonException($"A property value must be a finite number, not {value}.");
        }

        if (!value.TryFormat(text[..MaxFloatBytes], out var length, "R", CultureInfo.InvariantCulture))
        {
            throw new JsonException($"The number {value} does not fit in {MaxFloatBytes} characters.");
        }

        if (text[..length].IndexOfAny((byte)'.', (byte)'E', (byte)'e') < 0)
        {
            text[length++] = (byte)'.';
            text[length++] = (byte)'0';
        }

        writer.WriteRawValue(text[..length]);
    }

    /// <summary>More than the longest "R" form of a double («-1.7976931348623157E+308»: 24 characters).</summary>
    private const int MaxFloatBytes = 32;

    private static void WriteFloat(Utf8JsonWriter writer, object value, string? text)
    {
        if (text is null)
        {
            throw new JsonException($"A property value must be a finite number, not {value}.");
        }

        writer.WriteRawValue(text.AsSpan().IndexOfAny('.', 'E', 'e') >= 0 ? text : text + ".0");
    }
}
