using System.Globalization;

namespace KnowledgeGraph.Export;

/// <summary>The value types of graph properties as the export formats name them, and their invariant text.</summary>
internal static class PropertyTypes
{
    public const string String = "string";
    public const string Boolean = "boolean";
    public const string Long = "long";
    public const string Double = "double";

    public static string Of(object? value) => value switch
    {
        bool => Boolean,
        int or long or short or byte or sbyte or ushort or uint => Long,
        double or float or decimal => Double,
        _ => String,
    };

    /// <summary>The narrowest type that holds every value: equal types stay, long and double make double, anything else string.</summary>
    public static string Merge(string? a, string b) =>
        a is null || a == b ? b
        : (a, b) is (Long, Double) or (Double, Long) ? Double
        : String;

    /// <summary>Round-trip text of a finite float, always with a '.' or exponent; null for NaN and infinities.</summary>
    public static string? FormatFloat(object value)
    {
        var text = value switch
        {
            double d when double.IsFinite(d) => d.ToString("R", CultureInfo.InvariantCulture),
            float f when float.IsFinite(f) => f.ToString("R", CultureInfo.InvariantCulture),
            decimal m => m.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        return text is null || text.AsSpan().IndexOfAny('.', 'E', 'e') >= 0 ? text : text + ".0";
    }

    /// <summary>The text GraphML holds for a value of the key's type.</summary>
    public static string Format(object? value, string type) => value switch
    {
        null => string.Empty,
        bool b => b ? "true" : "false",
        double or float or decimal => FormatFloat(value) ?? "NaN",
        _ when type == Double => Convert.ToString(value, CultureInfo.InvariantCulture) + ".0",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
