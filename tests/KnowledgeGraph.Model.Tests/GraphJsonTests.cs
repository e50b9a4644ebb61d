using System.Text.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Model.Tests;

public class GraphJsonTests
{
    [Fact]
    public void Field_names_are_the_contract_camel_case_names()
    {
        using var json = JsonDocument.Parse(GraphJson.Serialize(Samples.Document()));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());

        var article = root.GetProperty("article");
        AssertFields(article, "key", "title", "source", "language", "path");

        Assert.Equal("ru", article.GetProperty("language").GetString());

        var entity = root.GetProperty("entities")[0];
        AssertFields(entity, "key", "label", "name", "aliases", "properties", "mentions");
        AssertSpan(entity.GetProperty("mentions")[0], 8, 23);

        var rel = root.GetProperty("relationships")[0];
        AssertFields(rel, "type", "start", "end", "properties", "evidence");
        AssertSpan(rel.GetProperty("evidence"), 0, 57);
    }

    private static void AssertFields(JsonElement element, params string[] names)
    {
        foreach (var name in names)
        {
            Assert.True(element.TryGetProperty(name, out _), $"{name} missing in {element}");
        }
    }

    private static void AssertSpan(JsonElement span, int start, int end)
    {
        Assert.Equal(start, span.GetProperty("start").GetInt32());
        Assert.Equal(end, span.GetProperty("end").GetInt32());
        Assert.Equal(Samples.Text[start..end], span.GetProperty("text").GetString());
    }

    [Fact]
    public void No_pascal_case_field_names_are_written()
    {
        var json = GraphJson.Serialize(Samples.Document());
        Assert.DoesNotContain("\"SchemaVersion\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Entities\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Start\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Cyrillic_and_guillemets_are_written_unescaped()
    {
        var doc = Samples.Document();
        doc.Entities[0].Properties["exhibition"] = "«Степь и город»";
        var json = GraphJson.Serialize(doc);
        Assert.Contains("Арман Тулегенов", json, StringComparison.Ordinal);
        Assert.Contains("«Степь и город»", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u04", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Round_trip_keeps_every_field()
    {
        var doc = Samples.Document();
        var back = GraphJson.Deserialize(GraphJson.Serialize(doc));

        Assert.Equal(doc.Article.Key, back.Article.Key);
        Assert.Equal(doc.Article.Title, back.Article.Title);
        Assert.Equal(doc.Article.Source, back.Article.Source);
        Assert.Equal(doc.Article.Path, back.Article.Path);
        Assert.Equal(doc.Entities.Count, back.Entities.Count);
        Assert.Equal(doc.Entities[0].Aliases, back.Entities[0].Aliases);
        Assert.Equal(doc.Entities[0].Mentions, back.Entities[0].Mentions);
        Assert.Equal(doc.Relationships[0].Evidence, back.Relationships[0].Evidence);
        Assert.Null(back.Relationships[1].Evidence);
        Assert.Equal(GraphJson.Serialize(doc), GraphJson.Serialize(back));
    }

    [Fact]
    public void Property_values_come_back_as_the_same_dotnet_types()
    {
        var doc = Samples.Document();
        var props = doc.Entities[0].Properties;
        props["text"] = "министр \"иностранных\" дел";
        props["count"] = 42L;
        props["big"] = long.MaxValue;
        props["ratio"] = 0.125;
        props["whole"] = 2.0;
        props["negative"] = -1e-7;
        props["huge"] = 1e20;
        props["minusZero"] = -0.0;
        props["active"] = true;
        props["retired"] = false;

        var back = GraphJson.Deserialize(GraphJson.Serialize(doc)).Entities[0].Properties;

        Assert.Equal(props.Count, back.Count);
        foreach (var (k, v) in props)
        {
            Assert.Equal(v.GetType(), back[k].GetType());
            Assert.Equal(v, back[k]);
        }
    }

    [Fact]
    public void Property_keys_keep_ordinal_order_after_reading()
    {
        var doc = Samples.Document();
        doc.Entities[0].Properties["Zeta"] = "z";
        doc.Entities[0].Properties["alpha"] = "a";
        var json = GraphJson.Serialize(doc);
        Assert.Equal(json, GraphJson.Serialize(GraphJson.Deserialize(json)));
    }

    [Fact]
    public void A_property_value_that_is_an_object_or_array_is_refused()
    {
        var json = GraphJson.Serialize(Samples.Document()).Replace("\"министр\"", "[1, 2]", StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => GraphJson.Deserialize(json));
    }

    [Fact]
    public void Writing_an_unsupported_property_value_is_refused()
    {
        var doc = Samples.Document();
        doc.Entities[0].Properties["when"] = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.Throws<JsonException>(() => GraphJson.Serialize(doc));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Non_finite_numbers_are_refused(double value)
    {
        var doc = Samples.Document();
        doc.Entities[0].Properties["score"] = value;
        Assert.Throws<JsonException>(() => GraphJson.Serialize(doc));
    }

    [Fact]
    public void Json_null_is_refused()
    {
        Assert.Throws<GraphContractException>(() => GraphJson.Deserialize("null"));
    }

    [Fact]
    public void Missing_article_is_refused()
    {
        Assert.Throws<JsonException>(() => GraphJson.Deserialize("{\"schemaVersion\": 1, \"entities\": []}"));
    }

    [Fact]
    public async Task WriteAsync_writes_utf8_without_bom_and_creates_the_folder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "kg-model-" + Guid.NewGuid().ToString("N"));
        try
        {
            var path = Path.Combine(dir, "sub", "graph.json");
            await GraphJson.WriteAsync(Samples.Document(), path);

            var bytes = await File.ReadAllBytesAsync(path);
            Assert.NotEqual(0xEF, bytes[0]);
            Assert.Equal((byte)'\n', bytes[^1]);
            Assert.False(File.Exists(path + ".tmp"));
            var back = GraphJson.Deserialize(System.Text.Encoding.UTF8.GetString(bytes));
            Assert.Equal(Samples.Document().Article.Key, back.Article.Key);
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
