using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sources;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>
/// One article through the stages: read -> extract -> store. A bad article is reported with its
/// path and reason and never half-written; it never stops the others.
/// </summary>
public sealed class ArticlePipeline(ExtractorProvider extractors, ExtractionDeadline deadline, IOptions<IngestOptions> options, ILogger<ArticlePipeline> logger)
{
    private readonly ArticleReader _reader = new(options.Value.MaxFileBytes, options.Value.Encoding);

    /// <summary>Reads, extracts and stores the article at <paramref name="path"/>.</summary>
    public ArticleOutcome Ingest(string path, GraphStore store) => Ingest(path, () => _reader.Read(path), store);

    /// <summary>Extracts and stores an article read elsewhere (a fetched page); its path is its address.</summary>
    public ArticleOutcome Ingest(SourceArticle article, GraphStore store) => Ingest(article.Path, () => article, store);

    private ArticleOutcome Ingest(string path, Func<SourceArticle> read, GraphStore store)
    {
        var outcome = Guard(path, () =>
        {
            var article = deadline.Run(read);
            var key = article.Key;
            if (store.ContainsArticle(key))
            {
                return new ArticleOutcome(path, ArticleStatus.AlreadyStored, key);
            }

            var document = deadline.Run(() => extractors.Extractor.Extract(article));
            var saved = store.Save(article, document);
            return saved.AlreadyStored
                ? new ArticleOutcome(path, ArticleStatus.AlreadyStored, key)
                : new ArticleOutcome(path, ArticleStatus.Stored, key, saved.EntitiesAdded, saved.RelationshipsAdded);
        });
        Report(outcome);
        return outcome;
    }

    /// <summary>Reads and extracts without storing; the document is null when the article failed.</summary>
    public (ArticleOutcome Outcome, GraphDocument? Document) Extract(string path)
    {
        GraphDocument? document = null;
        var outcome = Guard(path, () =>
        {
            document = deadline.Run(() => extractors.Extractor.Extract(_reader.Read(path)));
            var article = document.Article;
            return new ArticleOutcome(path, ArticleStatus.Stored, article.Key, document.Entities.Count, document.Relationships.Count);
        });
        if (outcome.Status == ArticleStatus.Failed)
        {
            Report(outcome);
        }

        return (outcome, document);
    }

    private static ArticleOutcome Guard(string path, Func<ArticleOutcome> work)
    {
        try
        {
            return work();
        }
        catch (ArticleReadException ex)
        {
            return new ArticleOutcome(path, ArticleStatus.Failed, Error: ex.Reason);
        }
        catch (Exception ex) when (StoreFaults.StopsWriting(ex))
        {
            // A full disk or a damaged store: no later article could be stored either.
            throw;
        }
        catch (Exception ex) when (ex is GraphContractException or StoreException or IOException or UnauthorizedAccessException or ArticleTimeoutException)
        {
            return new ArticleOutcome(path, ArticleStatus.Failed, Error: ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // A fault of the extractor on one article must not stop the others.
            return new ArticleOutcome(path, ArticleStatus.Failed, Error: $"internal error ({ex.GetType().Name}): {ex.Message}");
        }
    }

    private void Report(ArticleOutcome o)
    {
        switch (o.Status)
        {
            case ArticleStatus.Stored: Log.ArticleStored(logger, o.Path, o.ArticleKey!, o.EntitiesAdded, o.RelationshipsAdded); break;
            case ArticleStatus.AlreadyStored: Log.ArticleAlreadyStored(logger, o.Path, o.ArticleKey!); break;
            default: Log.ArticleFailed(logger, Hosting.TerminalText.Path(o.Path), Hosting.TerminalText.Safe(o.Error ?? "unknown")); break;
        }
    }
}
