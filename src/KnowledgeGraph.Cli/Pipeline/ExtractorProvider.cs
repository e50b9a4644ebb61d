using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Relations;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>Loads the extractor (its lexicons) once, on first use; it is immutable and shared by all threads.</summary>
public sealed class ExtractorProvider(IOptions<ExtractionOptions> options)
{
    private readonly Lazy<ArticleExtractor> _extractor = new(() => ArticleExtractor.Create(
        string.IsNullOrWhiteSpace(options.Value.LexiconPath) ? LexiconLocator.FindDefault() : options.Value.LexiconPath,
        new DefaultRelationStage(new RelationSettings { LexiconEdges = options.Value.LexiconEdges })));

    public ArticleExtractor Extractor => _extractor.Value;
}
