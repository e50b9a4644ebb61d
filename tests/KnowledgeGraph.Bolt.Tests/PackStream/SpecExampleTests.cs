namespace KnowledgeGraph.Bolt.Tests.PackStream;

/// <summary>Byte examples from the PackStream specification (and the marker table it defines).</summary>
public class SpecExampleTests
{
    [Theory]
    [InlineData(0L, "00")]
    [InlineData(1L, "01")]
    [InlineData(42L, "2A")]
    [InlineData(127L, "7F")]
    [InlineData(-1L, "FF")]
    [InlineData(-16L, "F0")]
    [InlineData(-17L, "C8 EF")]
    [InlineData(-128L, "C8 80")]
    [InlineData(128L, "C9 00 80")]
    [InlineData(-129L, "C9 FF 7F")]
    [InlineData(1234L, "C9 04 D2")]
    [InlineData(32767L, "C9 7F FF")]
    [InlineData(-32768L, "C9 80 00")]
    [InlineData(32768L, "CA 00 00 80 00")]
    [InlineData(-32769L, "CA FF FF 7F FF")]
    [InlineData(2147483647L, "CA 7F FF FF FF")]
    [InlineData(2147483648L, "CB 00 00 00 00 80 00 00 00")]
    [InlineData(-2147483649L, "CB FF FF FF FF 7F FF FF FF")]
    [InlineData(long.MaxValue, "CB 7F FF FF FF FF FF FF FF")]
    [InlineData(long.MinValue, "CB 80 00 00 00 00 00 00 00")]
    public void Integers_use_the_smallest_representation(long value, string hex)
    {
        Assert.Equal(Hex.Normalize(hex), Hex.Encode(value));
        Assert.Equal(value, Hex.Decode(hex));
    }

    [Fact]
    public void Null_and_booleans()
    {
        Assert.Equal("C0", Hex.Encode(null));
        Assert.Equal("C3", Hex.Encode(true));
        Assert.Equal("C2", Hex.Encode(false));
        Assert.Null(Hex.Decode("C0"));
        Assert.Equal(true, Hex.Decode("C3"));
        Assert.Equal(false, Hex.Decode("C2"));
    }

    [Theory]
    [InlineData(1.23, "C1 3F F3 AE 14 7A E1 47 AE")]
    [InlineData(1.1, "C1 3F F1 99 99 99 99 99 9A")]
    [InlineData(-1.1, "C1 BF F1 99 99 99 99 99 9A")]
    [InlineData(0.0, "C1 00 00 00 00 00 00 00 00")]
    public void Floats_are_64_bit_big_endian(double value, string hex)
    {
        Assert.Equal(Hex.Normalize(hex), Hex.Encode(value));
        Assert.Equal(value, Hex.Decode(hex));
    }

    [Fact]
    public void Bytes()
    {
        Assert.Equal("CC00", Hex.Encode(Array.Empty<byte>()));
        Assert.Equal("CC03010203", Hex.Encode(new byte[] { 1, 2, 3 }));
        Assert.Equal(new byte[] { 1, 2, 3 }, Hex.Decode("CC 03 01 02 03"));
    }

    [Theory]
    [InlineData("", "80")]
    [InlineData("A", "81 41")]
    [InlineData("a", "81 61")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "D0 1A 41 42 43 44 45 46 47 48 49 4A 4B 4C 4D 4E 4F 50 51 52 53 54 55 56 57 58 59 5A")]
    [InlineData("Größenmaßstäbe", "D0 12 47 72 C3 B6 C3 9F 65 6E 6D 61 C3 9F 73 74 C3 A4 62 65")]
    public void Strings_are_utf8_with_size_markers(string value, string hex)
    {
        Assert.Equal(Hex.Normalize(hex), Hex.Encode(value));
        Assert.Equal(value, Hex.Decode(hex));
    }

    [Fact]
    public void Lists()
    {
        Assert.Equal("90", Hex.Encode(new List<object?>()));
        Assert.Equal("93010203", Hex.Encode(new List<object?> { 1, 2, 3 }));
        Assert.Equal(
            Hex.Normalize("93 01 C1 40 00 00 00 00 00 00 00 85 74 68 72 65 65"),
            Hex.Encode(new object?[] { 1, 2.0, "three" }));
        var forty = Enumerable.Repeat<object?>(1L, 40).ToList();
        Assert.Equal("D428" + string.Concat(Enumerable.Repeat("01", 40)), Hex.Encode(forty));
        Assert.Equal(forty, Hex.Decode("D428" + string.Concat(Enumerable.Repeat("01", 40))));
    }

    [Fact]
    public void Dictionaries()
    {
        Assert.Equal("A0", Hex.Encode(new Dictionary<string, object?>()));
        Assert.Equal(Hex.Normalize("A1 83 6F 6E 65 84 65 69 6E 73"), Hex.Encode(new Dictionary<string, object?> { ["one"] = "eins" }));
        var decoded = Assert.IsType<Dictionary<string, object?>>(Hex.Decode("A1 83 6F 6E 65 84 65 69 6E 73"));
        Assert.Equal("eins", decoded["one"]);
    }

    [Fact]
    public void A_repeated_key_keeps_the_last_value()
    {
        var decoded = Assert.IsType<Dictionary<string, object?>>(Hex.Decode("A2 81 61 01 81 61 02"));
        Assert.Equal(2L, Assert.Single(decoded).Value);
    }

    [Theory]
    [InlineData("C4")]
    [InlineData("CF")]
    [InlineData("D3")]
    [InlineData("DF")]
    public void Reserved_markers_are_rejected(string hex) =>
        Assert.Throws<KnowledgeGraph.Bolt.PackStream.PackStreamException>(() => Hex.Decode(hex));

    [Fact]
    public void Truncated_data_is_rejected() =>
        Assert.Throws<KnowledgeGraph.Bolt.PackStream.PackStreamException>(() => Hex.Decode("D0 05 41 42"));
}
