using System.Text;

namespace KnowledgeGraph.Bolt.Tests.PackStream;

/// <summary>Every size marker (tiny, 8, 16, 32 bit) of strings, bytes, lists and dictionaries, round-tripped.</summary>
public class SizeBoundaryTests
{
    [Theory]
    [InlineData(15, "8F")]
    [InlineData(16, "D010")]
    [InlineData(255, "D0FF")]
    [InlineData(256, "D10100")]
    [InlineData(65535, "D1FFFF")]
    [InlineData(65536, "D200010000")]
    [InlineData(100_000, "D2000186A0")]
    public void Strings(int length, string header)
    {
        var value = new string('x', length);
        Assert.StartsWith(header, Hex.Encode(value), StringComparison.Ordinal);
        Assert.Equal(value, Hex.RoundTrip(value));
    }

    [Fact]
    public void Multibyte_string_size_counts_utf8_bytes()
    {
        var value = string.Concat(Enumerable.Repeat("ж", 40_000)); // 80,000 UTF-8 bytes
        Assert.Equal(80_000, Encoding.UTF8.GetByteCount(value));
        Assert.StartsWith("D200013880", Hex.Encode(value), StringComparison.Ordinal);
        Assert.Equal(value, Hex.RoundTrip(value));
    }

    [Theory]
    [InlineData(255, "CCFF")]
    [InlineData(256, "CD0100")]
    [InlineData(70_000, "CE00011170")]
    public void Bytes(int length, string header)
    {
        var value = Enumerable.Range(0, length).Select(i => (byte)i).ToArray();
        Assert.StartsWith(header, Hex.Encode(value), StringComparison.Ordinal);
        Assert.Equal(value, Hex.RoundTrip(value));
    }

    [Theory]
    [InlineData(15, "9F")]
    [InlineData(16, "D410")]
    [InlineData(256, "D50100")]
    [InlineData(65535, "D5FFFF")]
    [InlineData(65536, "D600010000")]
    [InlineData(70_000, "D600011170")]
    public void Lists(int count, string header)
    {
        var value = Enumerable.Range(0, count).Select(i => (object?)(long)i).ToList();
        Assert.StartsWith(header, Hex.Encode(value), StringComparison.Ordinal);
        Assert.Equal(value, Hex.RoundTrip(value));
    }

    [Theory]
    [InlineData(15, "AF")]
    [InlineData(16, "D810")]
    [InlineData(255, "D8FF")]
    [InlineData(256, "D90100")]
    [InlineData(65535, "D9FFFF")]
    [InlineData(65536, "DA00010000")]
    public void Dictionaries(int count, string header)
    {
        var value = Enumerable.Range(0, count).ToDictionary(i => "k" + i, i => (object?)(long)i);
        Assert.StartsWith(header, Hex.Encode(value), StringComparison.Ordinal);
        var decoded = Assert.IsType<Dictionary<string, object?>>(Hex.RoundTrip(value));
        Assert.Equal(value.Count, decoded.Count);
        Assert.All(value, pair => Assert.Equal(pair.Value, decoded[pair.Key]));
    }
}
