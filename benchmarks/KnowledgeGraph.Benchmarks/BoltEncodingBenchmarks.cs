using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Bolt.Protocol;
using KnowledgeGraph.Cli.Bench;

namespace KnowledgeGraph.Benchmarks;

/// <summary>Encoding a RUN message with a 10,000-row UNWIND batch (per-row cost = mean / 10,000).</summary>
[MemoryDiagnoser]
public class BoltEncodingBenchmarks
{
    private const string Query = "UNWIND $rows AS row MERGE (n:Person {key: row.key}) SET n += row.props";
    private readonly BoltMessageWriter _writer = new();
    private Dictionary<string, object?> _parameters = [];

    [Params(10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _parameters = new Dictionary<string, object?> { ["rows"] = BenchRunner.Rows(Rows) };

    [Benchmark(Description = "encode RUN with an UNWIND batch")]
    public int EncodeBatch()
    {
        _writer.WriteRun(Query, _parameters);
        var length = _writer.Output.Length;
        _writer.Clear();
        return length;
    }
}
