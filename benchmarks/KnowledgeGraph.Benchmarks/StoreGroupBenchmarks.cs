using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KnowledgeGraph.Cli.Bench;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The store's write path alone, as <c>kg ingest</c> uses it: 1,000 pre-extracted generated articles
/// (the <c>kg bench --write-corpus</c> kind) saved into a fresh store in one group (one transaction,
/// a savepoint per article). Extraction is done once in the setup; each iteration gets a new store file.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 8)]
[MemoryDiagnoser]
public class StoreGroupBenchmarks
{
    private const int Articles = 1_000;
    private (SourceArticle Article, GraphDocument Document)[] _docs = [];
    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var extractor = ArticleExtractor.CreateDefault();
        _docs = Enumerable.Range(0, Articles).Select(i => GeneratedArticles.Article(i, 10_000)).Select(a => (a, extractor.Extract(a))).ToArray();
    }

    [IterationSetup]
    public void NewStore()
    {
        _path = Path.Combine(Path.GetTempPath(), "kg-bdn-group-" + Guid.NewGuid().ToString("N")[..8] + ".db");
    }

    [IterationCleanup]
    public void RemoveStore()
    {
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(f);
        }
    }

    [Benchmark(Description = "save 1,000 extracted articles in one group into a fresh store")]
    public int SaveGroup()
    {
        using var store = GraphStore.Open(_path);
        using var batch = store.BeginBatch();
        foreach (var (article, document) in _docs)
        {
            batch.Save(article, document);
        }

        batch.Commit();
        return batch.Count;
    }
}
