using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KnowledgeGraph.Cli.Bench;
using KnowledgeGraph.Cli.Hosting;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Neo4j;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The three verbs' pipelines on generated corpora of 1,000 and 10,000 distinct ~3 KB articles:
/// extraction on every core, ingestion into a fresh store, sync of the whole backlog to a null Bolt
/// server. One run per size (each is seconds long and writes a store); the figures per article are
/// printed by <see cref="ThroughputFigures"/> and the mean is the time of all three.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class ThroughputBenchmarks
{
    private readonly StopSignal _stop = new(CancellationToken.None);
    private ArticlePipeline _pipeline = null!;

    [Params(1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup() => _pipeline = new ArticlePipeline(
        new ExtractorProvider(Options.Create(new ExtractionOptions())),
        new ExtractionDeadline(Options.Create(new ExtractionOptions()), _stop, TimeProvider.System),
        Options.Create(new IngestOptions()),
        Options.Create(new StoreOptions()),
        NullLogger<ArticlePipeline>.Instance);

    [Benchmark(Description = "extract, ingest and sync a corpus")]
    public async Task<ThroughputFigures> ExtractIngestSync()
    {
        var scratch = Path.Combine(Path.GetTempPath(), "kg-bdn-tp-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var figures = await ThroughputBench.RunAsync(_pipeline, new Neo4jOptions(), new StoreOptions().Tuning, scratch, Articles, default);
            Console.WriteLine("// " + figures);
            return figures;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }
}
