using System.Text;
using System.Text.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Model.Tests;

/// <summary>
/// The hand-written graph JSON writer against the reflection-based serializer it replaced, which stays the
/// reference here: the same bytes for every document, however odd its texts, values and empty or missing parts.
/// </summary>
public class GraphJsonWriterTests
{
    // Texts a document can hold: Cyrillic, quotes, backslashes, control characters, HTML-ish characters, a
    // character outside the basic plane, a lone surrogate, a non-breaking space and an empty string.
    private static readonly string[] Texts =
    [
        "", "Арман Тулегенов", "«Степь и город»", "say \"hi\"", "back\\slash", "tab\there", "line\nbreak", "bell\u0007",
        "<b>&amp;</b> + 'q'", "emoji 😀 ok", "lone \ud800 half", "non\u00a0breaking", "Ёжик ёлка", "ÄÖÜ ß", "\u2028\u2029",
        "a/b", "\u007f del", "日本語",
    ];

    private static readonly object?[] Values =
    [
        "министр", "", "q\"uote", true, false, 0, -7, int.MaxValue, long.MinValue, 3_000_000_000L, 0.75, 2.0, -0.0, 1e300,
        5e-324, 0.1 + 0.2, 1.5f, 3f, 12.50m, 0m, null,
    ];

    [Fact]
    public void Every_generated_document_is_written_byte_for_byte_as_the_serializer_writes_it()
    {
        var random = new Random(20261202);
        for (var i = 0; i < 400; i++)
        {
            var doc = RandomDocument(random);
            var expected = JsonSerializer.SerializeToUtf8Bytes(doc, GraphJson.Options);
            var actual = GraphJson.SerializeToUtf8Bytes(doc);
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"document {i} differs:\n{Encoding.UTF8.GetString(actual)}\nexpected:\n{Encoding.UTF8.GetString(expected)}");
        }
    }

    [Fact]
    public void The_sample_document_and_its_string_form_are_the_serializers()
    {
        var doc = Samples.Document();
        Assert.Equal(JsonSerializer.Serialize(doc, GraphJson.Options), GraphJson.Serialize(doc));
    }

    [Fact]
    public void A_document_larger_than_the_kept_buffer_then_a_small_one_are_both_whole()
    {
        var random = new Random(7);
        var big = RandomDocument(random);
        for (var i = 0; i < 3000; i++)
        {
            big.Entities.Add(RandomEntity(random, i));
        }

        var small = Samples.Document();
        foreach (var doc in new[] { small, big, small, big })
        {
            Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(doc, GraphJson.Options), GraphJson.SerializeToUtf8Bytes(doc));
        }
    }

    [Fact]
    public void Missing_lists_dictionaries_and_spans_are_written_as_null_like_the_serializer()
    {
        var doc = new GraphDocument
        {
            Article = new ArticleInfo { Key = "article:x", Title = "T", Language = null! },
            Entities = [new Entity { Key = "k", Label = GraphLabels.City, Name = "N", Aliases = null!, Properties = null!, Mentions = null! }, null!],
            Relationships = [new Relationship { Type = RelationshipTypes.Visited, Start = "a", End = "b", Properties = null!, AllEvidence = null! }],
        };
        Assert.Equal(JsonSerializer.Serialize(doc, GraphJson.Options), GraphJson.Serialize(doc));
        Assert.Equal(JsonSerializer.Serialize(new GraphDocument { Article = null!, Entities = null!, Relationships = null! }, GraphJson.Options),
            GraphJson.Serialize(new GraphDocument { Article = null!, Entities = null!, Relationships = null! }));
    }

    [Fact]
    public void A_write_refused_halfway_leaves_the_next_document_whole()
    {
        var bad = Samples.Document();
        bad.Relationships[0].Properties["when"] = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.Throws<JsonException>(() => GraphJson.SerializeToUtf8Bytes(bad));

        var good = Samples.Document();
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(good, GraphJson.Options), GraphJson.SerializeToUtf8Bytes(good));
    }

    [Fact]
    public void Documents_written_on_many_threads_at_once_are_each_the_serializers()
    {
        var docs = Enumerable.Range(0, 200).Select(i => RandomDocument(new Random(i))).ToList();
        var expected = docs.Select(d => JsonSerializer.SerializeToUtf8Bytes(d, GraphJson.Options)).ToList();
        var actual = docs.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(GraphJson.SerializeToUtf8Bytes).ToList();
        for (var i = 0; i < docs.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }

    [Fact]
    public void A_written_document_reads_back_to_the_same_json()
    {
        var random = new Random(11);
        for (var i = 0; i < 50; i++)
        {
            // Read once first: a lone surrogate is written as an escaped U+FFFD, read back as that character, then written as it is.
            var json = GraphJson.Serialize(GraphJson.Deserialize(GraphJson.Serialize(RandomDocument(random, roundTrips: true))));
            Assert.Equal(json, GraphJson.Serialize(GraphJson.Deserialize(json)));
        }
    }

    private static GraphDocument RandomDocument(Random random, bool roundTrips = false)
    {
        var doc = new GraphDocument
        {
            SchemaVersion = random.Next(3) == 0 ? random.Next(-5, 100) : GraphDocument.CurrentSchemaVersion,
            Article = new ArticleInfo
            {
                Key = "article:" + random.Next(),
                Title = Pick(random),
                Source = Maybe(random),
                Language = random.Next(4) == 0 ? "en" : "ru",
                Path = Maybe(random),
                Url = Maybe(random),
                Published = Maybe(random),
                Place = Maybe(random),
            },
        };
        for (var i = random.Next(6); i > 0; i--)
        {
            doc.Entities.Add(RandomEntity(random, i, roundTrips));
        }

        for (var i = random.Next(6); i > 0; i--)
        {
            var r = new Relationship { Type = RelationshipTypes.All[random.Next(RelationshipTypes.All.Count)], Start = Pick(random), End = Pick(random) };
            FillProperties(random, r.Properties, roundTrips);
            r.Evidence = random.Next(4) == 0 ? null : Span(random);
            for (var j = random.Next(3); j > 0; j--)
            {
                r.AllEvidence.Add(Span(random));
            }

            doc.Relationships.Add(r);
        }

        return doc;
    }

    private static Entity RandomEntity(Random random, int i, bool roundTrips = false)
    {
        var e = new Entity { Key = $"person:{i}-{Pick(random)}", Label = GraphLabels.All[random.Next(GraphLabels.All.Count)], Name = Pick(random) };
        for (var j = random.Next(3); j > 0; j--)
        {
            e.Aliases.Add(Pick(random));
        }

        FillProperties(random, e.Properties, roundTrips);
        for (var j = random.Next(4); j > 0; j--)
        {
            e.Mentions.Add(Span(random));
        }

        return e;
    }

    private static void FillProperties(Random random, PropertyMap properties, bool roundTrips)
    {
        for (var k = random.Next(5); k > 0; k--)
        {
            var value = Values[random.Next(Values.Length)];
            if (roundTrips && value is null or decimal)
            {
                // null is refused when read; a decimal reads back as a double (12.50 -> 12.5)
                continue;
            }

            properties[random.Next(3) == 0 ? Pick(random) : "p" + random.Next(20)] = value!;
        }
    }

    private static TextSpan Span(Random random)
    {
        var start = random.Next(10_000);
        return new TextSpan(start, start + random.Next(200), Pick(random));
    }

    private static string Pick(Random random) => Texts[random.Next(Texts.Length)] + (random.Next(2) == 0 ? "" : Texts[random.Next(Texts.Length)]);

    private static string? Maybe(Random random) => random.Next(3) == 0 ? null : Pick(random);
}
