using KnowledgeGraph.Bolt.PackStream;

namespace KnowledgeGraph.Bolt.Tests.PackStream;

internal static class Hex
{
    public static string Encode(object? value, bool utc = true)
    {
        using var writer = new PackStreamWriter { UseUtcDateTime = utc };
        writer.WriteValue(value);
        return Convert.ToHexString(writer.WrittenSpan);
    }

    public static object? Decode(string hex) => new PackStreamReader(Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal))).ReadValue();

    public static object? RoundTrip(object? value, bool utc = true)
    {
        using var writer = new PackStreamWriter { UseUtcDateTime = utc };
        writer.WriteValue(value);
        var reader = new PackStreamReader(writer.ToArray());
        var result = reader.ReadValue();
        Assert.False(reader.HasMore);
        return result;
    }

    public static string Normalize(string hex) => hex.Replace(" ", "", StringComparison.Ordinal);
}
