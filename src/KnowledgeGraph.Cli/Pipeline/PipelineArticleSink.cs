using KnowledgeGraph.Feeds;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>Fetched articles go through the same pipeline as files.</summary>
public sealed class PipelineArticleSink(ArticlePipeline pipeline) : IArticleSink
{
    public SinkResult Ingest(SourceArticle article, GraphStore store)
    {
        var outcome = pipeline.Ingest(article, store);
        return new SinkResult(outcome.ArticleKey, outcome.Status == ArticleStatus.AlreadyStored, outcome.Status == ArticleStatus.Failed ? outcome.Error : null);
    }
}
