using KnowledgeGraph.Cli.Hosting;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Relations;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>
/// Loads the extractor (its lexicons) once, on first use, or takes the one <see cref="ExtractorPreload"/> started for
/// the same settings; it is immutable and shared by all threads.
/// </summary>
public sealed class ExtractorProvider(IOptions<ExtractionOptions> options)
{
    private readonly Lazy<ArticleExtractor> _extractor = new(() =>
    {
        var o = options.Value;
        var path = LexiconFolder(o);
        var extractor = ExtractorPreload.Take(path, o.LexiconEdges) ?? Create(path, o.LexiconEdges);
        StartupTrace.Mark("extractor-ready");
        return extractor;
    });

    public ArticleExtractor Extractor => _extractor.Value;

    /// <summary>The lexicon folder <paramref name="options"/> name: theirs, or the one shipped beside the program.</summary>
    internal static string LexiconFolder(ExtractionOptions options) =>
        string.IsNullOrWhiteSpace(options.LexiconPath) ? LexiconLocator.FindDefault() : options.LexiconPath;

    internal static ArticleExtractor Create(string lexiconPath, bool lexiconEdges) =>
        ArticleExtractor.Create(lexiconPath, new DefaultRelationStage(new RelationSettings { LexiconEdges = lexiconEdges }));
}
