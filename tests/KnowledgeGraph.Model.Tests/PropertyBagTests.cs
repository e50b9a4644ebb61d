using KnowledgeGraph.Model;

namespace KnowledgeGraph.Model.Tests;

public class PropertyBagTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Empty_json_gives_an_empty_bag(string? json)
    {
        Assert.Empty(PropertyBag.FromJson(json));
    }

    [Fact]
    public void ToJson_is_compact_and_keeps_cyrillic()
    {
        var json = PropertyBag.ToJson(new SortedDictionary<string, object>(StringComparer.Ordinal) { ["position"] = "посол", ["rank"] = 3L });
        Assert.Equal("{\"position\":\"посол\",\"rank\":3}", json);
    }

    [Fact]
    public void Round_trip_keeps_values_and_types()
    {
        var bag = new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["title"] = "глава «Комитета»\n{x}",
            ["year"] = 2024L,
            ["confidence"] = 0.9,
            ["exact"] = 1.0,
            ["official"] = true,
        };

        var back = PropertyBag.FromJson(PropertyBag.ToJson(bag));

        Assert.Equal(bag.Keys, back.Keys);
        foreach (var (k, v) in bag)
        {
            Assert.IsType(v.GetType(), back[k]);
            Assert.Equal(v, back[k]);
        }
    }

    [Fact]
    public void FromJson_orders_keys_ordinally()
    {
        var back = PropertyBag.FromJson("{\"b\":1,\"B\":2,\"a\":3}");
        Assert.Equal(["B", "a", "b"], back.Keys);
    }

    [Fact]
    public void Int_is_written_as_a_number_and_read_as_long()
    {
        var back = PropertyBag.FromJson(PropertyBag.ToJson(new Dictionary<string, object> { ["n"] = 7 }));
        Assert.Equal(7L, back["n"]);
    }

    /// <summary>The text of each kind of number: doubles and floats in their round-trip form, decimals as written, a whole one with ".0".</summary>
    [Fact]
    public void Numbers_are_written_as_their_types_format_them()
    {
        var cases = new (object Value, string Text)[]
        {
            (2.0, "2.0"), (0.75, "0.75"), (1e300, "1E+300"), (-0.0, "-0.0"), (3f, "3.0"), (1.5f, "1.5"),
            (12.50m, "12.50"), (0m, "0.0"), (decimal.MinValue, "-79228162514264337593543950335.0"), (0.0000001m, "0.0000001"),
        };
        foreach (var (value, text) in cases)
        {
            Assert.Equal($"{{\"n\":{text}}}", PropertyBag.ToJson(new Dictionary<string, object> { ["n"] = value }));
            Assert.Equal($"{{\"n\":{text}}}", PropertyBag.ToJson(new PropertyMap { ["n"] = value }));
        }
    }
}
