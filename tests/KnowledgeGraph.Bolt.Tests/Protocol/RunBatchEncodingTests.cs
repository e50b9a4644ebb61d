using KnowledgeGraph.Bolt.Protocol;

namespace KnowledgeGraph.Bolt.Tests.Protocol;

/// <summary>The socket-free encoding path the benchmark uses: a RUN with a 10,000-row UNWIND batch.</summary>
public class RunBatchEncodingTests
{
    internal const string Query = "UNWIND $rows AS row MERGE (n:Person {key: row.key}) SET n += row.props";

    internal static List<object?> Rows(int count)
    {
        var rows = new List<object?>(count);
        for (var i = 0; i < count; i++)
        {
            rows.Add(new Dictionary<string, object?>
            {
                ["key"] = "person-" + i,
                ["props"] = new Dictionary<string, object?>
                {
                    ["name"] = "Person number " + i,
                    ["email"] = $"person{i}@example.org",
                    ["age"] = (long)(i % 90),
                    ["score"] = i * 0.5,
                    ["city"] = i % 2 == 0 ? "Zürich" : "Berlin",
                    ["active"] = i % 3 == 0,
                },
            });
        }

        return rows;
    }

    [Fact]
    public async Task Ten_thousand_rows_encode_and_decode_back_equal()
    {
        var rows = Rows(10_000);
        using var writer = new BoltMessageWriter();
        writer.WriteRun(Query, new Dictionary<string, object?> { ["rows"] = rows });

        using var reader = new ChunkReader(new MemoryStream(writer.Output.ToArray()));
        var message = BoltMessage.Parse(await reader.ReadMessageAsync());

        Assert.Equal(MessageTags.Run, message.Tag);
        Assert.Equal(Query, message.Fields[0]);
        var parameters = Assert.IsType<Dictionary<string, object?>>(message.Fields[1]);
        var decoded = Assert.IsType<List<object?>>(parameters["rows"]);
        Assert.Equal(rows.Count, decoded.Count);
        for (var i = 0; i < rows.Count; i += 997)
        {
            var expected = (Dictionary<string, object?>)rows[i]!;
            var actual = Assert.IsType<Dictionary<string, object?>>(decoded[i]);
            Assert.Equal(expected["key"], actual["key"]);
            Assert.Equal((Dictionary<string, object?>)expected["props"]!, Assert.IsType<Dictionary<string, object?>>(actual["props"]));
        }

        Assert.Empty(Assert.IsType<Dictionary<string, object?>>(message.Fields[2]));
    }

    [Fact]
    public void Pull_and_discard_shapes()
    {
        using var writer = new BoltMessageWriter();
        writer.WritePull(1000);
        writer.WriteDiscard(-1, 3);
        Assert.Equal("0008" + "B13F" + "A1816EC903E8" + "0000" + "000B" + "B12F" + "A2816EFF83716964" + "03" + "0000",
            Convert.ToHexString(writer.Output.Span));
    }
}
