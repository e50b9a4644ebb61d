using System.Text.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Model.Tests;

/// <summary>Graph JSON in pooled arrays (kg extract's path): the serializer's bytes exactly, whatever array a write reuses.</summary>
public class PooledUtf8Tests
{
    [Fact]
    public void Pooled_json_is_the_serializers_bytes_even_in_arrays_given_back_and_reused()
    {
        var small = Samples.Document();
        var big = Samples.Document();
        for (var i = 0; i < 400; i++)
        {
            big.Entities.Add(new Entity { Key = $"person:p{i}", Label = GraphLabels.Person, Name = $"Пётр Иванов {i}" });
        }

        // A long document then a short one: the short one's bytes must stop at its own end, not run on into the array's old content.
        foreach (var doc in new[] { big, small, big, small, small })
        {
            using var json = GraphJson.SerializeToPooledUtf8(doc);
            Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(doc, GraphJson.Options), json.Bytes.ToArray());
            Assert.Equal(GraphJson.SerializeToUtf8Bytes(doc), json.Bytes.ToArray());
        }
    }

    [Fact]
    public void Pooled_json_held_while_others_are_written_is_unchanged()
    {
        var docs = Enumerable.Range(0, 40).Select(i =>
        {
            var d = Samples.Document();
            d.Entities[0].Name += new string('ж', i * 37);
            return d;
        }).ToList();
        var held = docs.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(GraphJson.SerializeToPooledUtf8).ToList();
        for (var i = 0; i < docs.Count; i++)
        {
            Assert.Equal(GraphJson.SerializeToUtf8Bytes(docs[i]), held[i].Bytes.ToArray());
            held[i].Dispose();
        }
    }

    [Fact]
    public void Disposed_json_refuses_its_bytes_and_a_second_dispose_is_harmless()
    {
        var json = GraphJson.SerializeToPooledUtf8(Samples.Document());
        json.Dispose();
        json.Dispose();
        Assert.Throws<ObjectDisposedException>(() => json.Bytes);
    }
}
