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
            case double d: WriteFloat(writer, d, double.IsFinite(d), "R"); break;
            case float f: WriteFloat(writer, f, float.IsFinite(f), "R"); break;
            case decimal m: WriteFloat(writer, m, finite: true, format: default); break;
            default: throw new JsonException($"Property values must be strings, numbers or booleans, not {value.GetType().Name}.");
        }
    }

    // A whole floating-point number is written with ".0" (2.0, not 2), so it is read back as a
    // double, not a long. The number is formatted (doubles and floats "R", decimals in their default form, as ToString
    // gives them) into a buffer on the stack.
    private static void WriteFloat<T>(Utf8JsonWriter writer, T value, bool finite, ReadOnlySpan<char> format)
        where T : IUtf8SpanFormattable
    {
        if (!finite)
        {
            throw new JsonException($"A property value must be a finite number, not {value}.");
        }

        Span<byte> text = stackalloc byte[MaxFloatBytes + 2];
        if (!value.TryFormat(text[..MaxFloatBytes], out var length, format, CultureInfo.InvariantCulture))
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

    /// <summary>More than the longest form of a double («-1.7976931348623157E+308»: 24 characters) or a decimal (30).</summary>
    private const int MaxFloatBytes = 32;
}
