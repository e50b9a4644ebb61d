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
}
