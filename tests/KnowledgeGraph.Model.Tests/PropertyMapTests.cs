using KnowledgeGraph.Model;

namespace KnowledgeGraph.Model.Tests;

/// <summary>
/// <see cref="PropertyMap"/> against the plain path it replaced, a <c>SortedDictionary</c> with the ordinal comparer:
/// the same answers, the same order, the same JSON after any sequence of changes.
/// </summary>
public class PropertyMapTests
{
    private static readonly string[] Keys = ["confidence", "count", "title", "source", "Kind", "kind", "date", "a", "ä", "я", "Я", "z1", "z10", "z2"];

    private static readonly object[] Values = ["министр", 1.0, 0.75, 3, 7L, true, false, "", 12.5m];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_changes_leave_it_as_a_sorted_dictionary_with_the_ordinal_comparer(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var map = new PropertyMap();
            var plain = new SortedDictionary<string, object>(StringComparer.Ordinal);
            for (var step = random.Next(12); step > 0; step--)
            {
                var key = Keys[random.Next(Keys.Length)];
                var value = Values[random.Next(Values.Length)];
                switch (random.Next(5))
                {
                    case 0:
                        map[key] = value;
                        plain[key] = value;
                        break;
                    case 1:
                        Assert.Equal(plain.TryAdd(key, value), map.TryAdd(key, value));
                        break;
                    case 2:
                        Assert.Equal(plain.Remove(key), map.Remove(key));
                        break;
                    case 3:
                        Assert.Equal(plain.TryGetValue(key, out var expected), map.TryGetValue(key, out var actual));
                        Assert.Equal(expected, actual);
                        Assert.Equal(plain.ContainsKey(key), map.ContainsKey(key));
                        break;
                    default:
                        if (plain.ContainsKey(key))
                        {
                            Assert.Throws<ArgumentException>(() => map.Add(key, value));
                        }
                        else
                        {
                            map.Add(key, value);
                            plain.Add(key, value);
                        }

                        break;
                }

                Assert.Equal(plain.Count, map.Count);
                Assert.Equal(plain.ToList(), map.ToList());
                Assert.Equal(PropertyBag.ToJson(plain), PropertyBag.ToJson(map));
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Its_json_written_field_by_field_is_the_serializers(int seed)
    {
        object?[] values =
        [
            "министр", "", "q\"uote", "a\\b", "line\nbreak\t", "\u0001\u001f", "<tag>&'+", "emoji 😀", "lone \ud800", "€ and ©",
            true, false, 0, -7, int.MaxValue, long.MinValue, 3_000_000_000L, 0.75, 2.0, -0.0, 1e300, 5e-324, 0.1 + 0.2, 1e-7, 1.5f, 3f, 12.50m, 0m, null,
        ];
        string[] keys = ["confidence", "count", "title", "ключ", "q\"k", "a b", "\u0002", "😀"];
        var random = new Random(seed);
        for (var round = 0; round < 500; round++)
        {
            var map = new PropertyMap();
            for (var k = random.Next(6); k > 0; k--)
            {
                map[keys[random.Next(keys.Length)]] = values[random.Next(values.Length)]!;
            }

            Assert.Equal(PropertyBag.ToJson((IReadOnlyDictionary<string, object>)map), PropertyBag.ToJson(map));
        }

        Assert.Equal("null", PropertyBag.ToJson((PropertyMap)null!));
    }

    [Fact]
    public void Keys_are_ordered_by_ordinal_comparison_not_by_culture()
    {
        var map = new PropertyMap { ["я"] = 1, ["Я"] = 2, ["b"] = 3, ["B"] = 4, ["z10"] = 5, ["z2"] = 6 };

        Assert.Equal(["B", "b", "z10", "z2", "Я", "я"], map.Select(p => p.Key));
        Assert.Equal(["B", "b", "z10", "z2", "Я", "я"], map.Keys);
        Assert.Equal([4, 3, 5, 6, 2, 1], map.Values);
    }

    [Fact]
    public void A_missing_key_throws_on_read_and_a_null_key_is_refused()
    {
        var map = new PropertyMap { ["a"] = 1 };

        Assert.Throws<KeyNotFoundException>(() => map["b"]);
        Assert.Throws<ArgumentNullException>(() => map[null!] = 1);
        Assert.Throws<ArgumentNullException>(() => map.ContainsKey(null!));
    }

    [Fact]
    public void A_change_while_enumerating_is_refused()
    {
        var map = new PropertyMap { ["a"] = 1, ["b"] = 2 };

        Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var (key, _) in map)
            {
                map[key + "x"] = 0;
            }
        });
    }

    [Fact]
    public void Clear_and_copy_to_work_as_on_a_dictionary()
    {
        var map = new PropertyMap { ["b"] = 2, ["a"] = 1 };
        var copy = new KeyValuePair<string, object>[3];
        map.CopyTo(copy, 1);
        map.Clear();

        Assert.Equal([default, new("a", 1), new("b", 2)], copy);
        Assert.Empty(map);
        Assert.False(map.ContainsKey("a"));
    }

    [Fact]
    public void Read_back_from_graph_json_it_holds_what_was_written()
    {
        var doc = Samples.Document();
        doc.Entities[0].Properties["b"] = true;
        doc.Entities[0].Properties["a"] = 2L;

        var back = GraphJson.Deserialize(GraphJson.Serialize(doc));

        Assert.Equal(doc.Entities[0].Properties.ToList(), back.Entities[0].Properties.ToList());
        Assert.Equal(doc.Relationships[0].Properties.ToList(), back.Relationships[0].Properties.ToList());
        Assert.Equal(GraphJson.Serialize(doc), GraphJson.Serialize(back));
    }
}
