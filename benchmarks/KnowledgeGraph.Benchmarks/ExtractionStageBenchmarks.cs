using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Cli.Bench;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Where one ~3 KB article's time and allocations go, stage by stage (each includes the ones before it,
/// so the cost of a stage is its row minus the row above): normalising and tokenising, sentences, the
/// entity side (recognisers and resolution), the whole extraction (relations and MENTIONS edges), and
/// the graph JSON that <c>kg extract</c> writes.
/// </summary>
[MemoryDiagnoser]
public class ExtractionStageBenchmarks
{
    private ArticleExtractor _extractor = null!;
    private SentenceSplitter _splitter = null!;
    private SourceArticle[] _articles = [];
    private GraphDocument[] _documents = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _extractor = ArticleExtractor.CreateDefault();
        _splitter = new SentenceSplitter(_extractor.Lexicons.Abbreviations);
        var samples = BenchCorpus.Samples();
        _articles = Enumerable.Range(0, 64).Select(i => BenchCorpus.Article(samples, i)).ToArray();
        _documents = _articles.Select(a => _extractor.Extract(a)).ToArray();
    }

    private SourceArticle Next() => _articles[_next++ % _articles.Length];

    [Benchmark(Description = "1 normalise + tokenise")]
    public List<Token> Tokens() => Tokenizer.Tokenize(TextNormalizer.Normalize(Next().Text));

    [Benchmark(Description = "2 ... + sentences")]
    public List<Sentence> Sentences()
    {
        var text = TextNormalizer.Normalize(Next().Text);
        return _splitter.Split(text, Tokenizer.Tokenize(text));
    }

    [Benchmark(Description = "3 ... + entities (recognisers, resolution)")]
    public DocumentAnalysis Entities() => _extractor.Analyse(Next());

    [Benchmark(Description = "4 ... + relations and MENTIONS (the whole extraction)")]
    public GraphDocument Extract() => _extractor.Extract(Next());

    [Benchmark(Description = "graph JSON of an extracted article (kg extract's output)")]
    public string Json() => GraphJson.Serialize(_documents[_next++ % _documents.Length]);
}
