using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Extraction;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>Loads the extractor (its lexicons) once, on first use; it is immutable and shared by all threads.</summary>
public sealed class ExtractorProvider(IOptions<ExtractionOptions> options)
{
    private readonly Lazy<ArticleExtractor> _extractor = new(() =>
        string.IsNullOrWhiteSpace(options.Value.LexiconPath)
            ? ArticleExtractor.CreateDefault()
            : ArticleExtractor.Create(options.Value.LexiconPath));

    public ArticleExtractor Extractor => _extractor.Value;
}
