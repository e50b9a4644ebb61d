using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Feeds;

/// <summary>What became of an article handed to the sink: its key, or the reason it failed.</summary>
public sealed record SinkResult(string? ArticleKey, bool AlreadyStored, string? Error);

/// <summary>
/// Where fetched articles go: the same pipeline as files (extract, then store under the key of
/// the text). The host provides it; the feed code never extracts or writes a graph itself.
/// </summary>
public interface IArticleSink
{
    SinkResult Ingest(SourceArticle article, GraphStore store);
}
