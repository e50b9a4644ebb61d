using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Export;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Benchmarks;

/// <summary>The HTML export of a 2,000-node graph: dominated by the force-directed layout computed in .NET.</summary>
[MemoryDiagnoser]
public class HtmlExportBenchmarks
{
    private GraphSnapshot _graph = new();

    [Params(2000)]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var labels = GraphLabels.All.Where(l => l != GraphLabels.Article).ToArray();
        var entities = Enumerable.Range(0, Nodes).Select(i => new StoredEntity
        {
            Key = $"n:{i}",
            Label = labels[i % labels.Length],
            Name = $"Узел {i}",
        }).ToList();
        var relationships = Enumerable.Range(0, Nodes * 3 / 2).Select(i => new StoredRelationship
        {
            Type = RelationshipTypes.MetWith,
            Start = $"n:{random.Next(Nodes)}",
            End = $"n:{random.Next(Nodes)}",
        }).ToList();
        _graph = new GraphSnapshot { Entities = entities, Relationships = relationships };
    }

    [Benchmark(Description = "html export of 2,000 nodes (layout included)")]
    public Task WriteHtml() => HtmlGraphExport.WriteAsync(_graph, TextWriter.Null);
}
