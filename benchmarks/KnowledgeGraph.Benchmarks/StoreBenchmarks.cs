using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Cli.Bench;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Benchmarks;

/// <summary>Saving one extracted article into the SQLite store (one transaction).</summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private (SourceArticle Article, GraphDocument Document)[] _docs = [];
    private GraphStore _store = null!;
    private string _path = string.Empty;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var extractor = ArticleExtractor.CreateDefault();
        var samples = BenchCorpus.Samples();
        _docs = Enumerable.Range(0, 5_000).Select(i => BenchCorpus.Article(samples, i)).Select(a => (a, extractor.Extract(a))).ToArray();
        _path = Path.Combine(Path.GetTempPath(), "kg-bdn-" + Guid.NewGuid().ToString("N")[..8] + ".db");
        _store = GraphStore.Open(_path);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(f);
        }
    }

    /// <summary>Each call stores a new article; past the prepared ones it would only find them stored, so it stops there.</summary>
    [Benchmark(Description = "store one article")]
    public SaveResult SaveArticle()
    {
        var (article, document) = _docs[_next++ % _docs.Length];
        return _next > _docs.Length ? throw new InvalidOperationException("more invocations than prepared articles") : _store.Save(article, document);
    }
}
