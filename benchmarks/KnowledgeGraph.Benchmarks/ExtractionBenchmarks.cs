using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Cli.Bench;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Benchmarks;

/// <summary>Extraction of one ~3 KB article (entities, relations, MENTIONS) on one thread.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private ArticleExtractor _extractor = null!;
    private SourceArticle[] _articles = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _extractor = ArticleExtractor.CreateDefault();
        var samples = BenchCorpus.Samples();
        _articles = Enumerable.Range(0, 64).Select(i => BenchCorpus.Article(samples, i)).ToArray();
    }

    [Benchmark(Description = "extract one ~3 KB article")]
    public GraphDocument ExtractArticle() => _extractor.Extract(_articles[_next++ % _articles.Length]);
}
