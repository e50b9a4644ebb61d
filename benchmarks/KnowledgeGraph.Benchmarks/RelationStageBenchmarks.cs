using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Cli.Bench;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The relation stage alone on ~3 KB articles whose entity side ran once in the set-up. The stage changes the
/// document it is given (events become entities, mentions are added), so every call works on a fresh copy of the
/// analysis: the cost of the stage is the second row minus the first (the copy).
/// <code>dotnet run -c Release --project benchmarks/KnowledgeGraph.Benchmarks -- --filter '*RelationStageBenchmarks*' --job short</code>
/// </summary>
[MemoryDiagnoser]
public class RelationStageBenchmarks
{
    private readonly DefaultRelationStage _stage = new();
    private DocumentAnalysis[] _analyses = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var extractor = ArticleExtractor.CreateDefault();
        var samples = BenchCorpus.Samples();
        _analyses = Enumerable.Range(0, 64).Select(i => extractor.Analyse(BenchCorpus.Article(samples, i))).ToArray();

        // warm the stage on every article once, as a long run of kg extract is warm
        foreach (var a in _analyses)
        {
            _ = _stage.Extract(Copy(a)).Count();
        }
    }

    [Benchmark(Baseline = true, Description = "copy of an analysis (subtract from the row below)")]
    public DocumentAnalysis CopyOnly() => Copy(_analyses[_next++ % _analyses.Length]);

    [Benchmark(Description = "copy + relation stage")]
    public int Relations() => _stage.Extract(Copy(_analyses[_next++ % _analyses.Length])).Count();

    /// <summary>The analysis with every entity copied (name, aliases, properties, mentions): what the stage may change.</summary>
    public static DocumentAnalysis Copy(DocumentAnalysis a)
    {
        var entities = new List<Entity>(a.Entities.Count + 8);
        foreach (var e in a.Entities)
        {
            var copy = new Entity { Key = e.Key, Label = e.Label, Name = e.Name, Aliases = [.. e.Aliases], Mentions = [.. e.Mentions] };
            foreach (var (k, value) in e.Properties)
            {
                copy.Properties[k] = value;
            }

            entities.Add(copy);
        }

        return new DocumentAnalysis
        {
            Article = a.Article,
            NormalizedText = a.NormalizedText,
            Sentences = a.Sentences,
            Tokens = a.Tokens,
            Entities = entities,
            Lexicons = a.Lexicons,
        };
    }
}
