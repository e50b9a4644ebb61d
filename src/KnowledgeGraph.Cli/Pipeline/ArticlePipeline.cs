using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sources;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>
/// Articles through the stages: read -> extract (on every core) -> store (in groups). A bad article
/// is reported with its path and reason and never half-written; it never stops the others.
/// </summary>
public sealed class ArticlePipeline(
    ExtractorProvider extractors, ExtractionDeadline deadline, IOptions<IngestOptions> options, IOptions<StoreOptions> storeOptions, ILogger<ArticlePipeline> logger)
{
    private readonly ArticleReader _reader = new(options.Value.MaxFileBytes, options.Value.Encoding);

    /// <summary>
    /// Extracts and stores one article read elsewhere (a fetched page) in a transaction of its own;
    /// its path is its address.
    /// </summary>
    public ArticleOutcome Ingest(SourceArticle article, GraphStore store)
    {
        ArticleOutcome outcome;
        if (store.ContainsArticle(article.Key))
        {
            outcome = new ArticleOutcome(article.Path, ArticleStatus.AlreadyStored, article.Key);
        }
        else
        {
            var extracted = ExtractOne(new ExtractedArticle(article.Path, article, null, null));
            outcome = extracted.Outcome ?? StoreOne(extracted, () => store.Save(article, extracted.Document!));
        }

        Report(outcome);
        return outcome;
    }

    /// <summary>
    /// Reads, extracts and stores <paramref name="inputs"/> (path, or the reason it cannot be read);
    /// <paramref name="committed"/> gets each outcome in input order once it is durable.
    /// </summary>
    public async Task IngestAsync(IEnumerable<(string Path, string? Error)> inputs, GraphStore store, Action<ArticleOutcome> committed, CancellationToken cancellationToken)
    {
        var o = storeOptions.Value;
        _ = extractors.Extractor;

        // The read stage asks its own connection whether an article is stored: the writer's is busy in its transaction.
        // Read-only: the writer's open has already created, migrated and checked the store (no second quick_check per batch).
        using var seen = GraphStore.OpenRead(store.Path);
        using var group = new IngestGroup(
            store,
            o.GroupArticles,
            TimeSpan.FromMilliseconds(o.GroupMilliseconds),
            StoreOne,
            outcome =>
            {
                Report(outcome);
                committed(outcome);
            },
            GraphAgain);
        var read = inputs.Select(x => ReadForIngest(x.Path, x.Error, seen));
        await OrderedWorkers.RunAsync(read, ExtractOne, group, options.Value.WorkerCount, options.Value.QueueLength, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads and extracts <paramref name="inputs"/> without storing; <paramref name="done"/> gets each outcome with its graph
    /// JSON in UTF-8 (null when it failed), in input order. The bytes are lent: they are valid only until
    /// <paramref name="done"/> returns (their pooled buffer then serves a later article).
    /// </summary>
    public Task ExtractAsync(IEnumerable<(string Path, string? Error)> inputs, Action<ArticleOutcome, ReadOnlyMemory<byte>?> done, CancellationToken cancellationToken)
    {
        _ = extractors.Extractor;
        return OrderedWorkers.RunAsync(
            inputs,
            x =>
            {
                PooledUtf8? json = null;
                var outcome = x.Error is not null ? new ArticleOutcome(x.Path, ArticleStatus.Failed, Error: x.Error) : Guard(x.Path, () =>
                {
                    var (o, document) = Extract(x.Path);
                    json = document is null ? null : GraphJson.SerializeToPooledUtf8(document);
                    return o;
                })!;
                return (outcome, json);
            },
            new Consumer<(ArticleOutcome Outcome, PooledUtf8? Json)>(r =>
            {
                using (r.Json)
                {
                    done(r.Outcome, r.Json?.Bytes);
                }
            }),
            options.Value.WorkerCount,
            options.Value.QueueLength,
            cancellationToken);
    }

    private ExtractedArticle ReadForIngest(string path, string? error, GraphStore seen)
    {
        if (error is not null)
        {
            return new ExtractedArticle(path, null, null, new ArticleOutcome(path, ArticleStatus.Failed, Error: error));
        }

        SourceArticle? article = null;
        var outcome = Guard(path, () =>
        {
            article = deadline.Run(_ => _reader.Read(path));
            return seen.ContainsArticle(article.Key) ? new ArticleOutcome(path, ArticleStatus.AlreadyStored, article.Key) : null;
        });
        return new ExtractedArticle(path, article, null, outcome);
    }

    private ExtractedArticle ExtractOne(ExtractedArticle item)
    {
        if (item.Outcome is not null)
        {
            return item;
        }

        GraphDocument? document = null;
        var failed = Guard(item.Path, () =>
        {
            document = deadline.Run(token => extractors.Extractor.Extract(item.Article!, token));
            return null;
        });
        return item with { Document = document, Outcome = failed };
    }

    /// <summary>
    /// An article's graph made again, for a group that writes its articles again after a failing one rolled it back
    /// (the extractor gives the same graph for the same text, so the group need not hold the graphs until it commits).
    /// </summary>
    private GraphDocument GraphAgain(SourceArticle article) => deadline.Run(token => extractors.Extractor.Extract(article, token));

    private static ArticleOutcome StoreOne(ExtractedArticle item, Func<SaveResult> save) => Guard(item.Path, ArticleOutcome? () =>
    {
        var saved = save();
        var key = item.Article!.Key;
        return saved.AlreadyStored
            ? new ArticleOutcome(item.Path, ArticleStatus.AlreadyStored, key)
            : new ArticleOutcome(item.Path, ArticleStatus.Stored, key, saved.EntitiesAdded, saved.RelationshipsAdded);
    })!;

    /// <summary>Reads and extracts without storing; the document is null when the article failed.</summary>
    public (ArticleOutcome Outcome, GraphDocument? Document) Extract(string path)
    {
        GraphDocument? document = null;
        var outcome = Guard(path, () =>
        {
            document = deadline.Run(token => extractors.Extractor.Extract(_reader.Read(path), token));
            var article = document.Article;
            return new ArticleOutcome(path, ArticleStatus.Stored, article.Key, document.Entities.Count, document.Relationships.Count);
        })!;
        if (outcome.Status == ArticleStatus.Failed)
        {
            Report(outcome);
        }

        return (outcome, document);
    }

    private static ArticleOutcome? Guard(string path, Func<ArticleOutcome?> work)
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

    private sealed class Consumer<T>(Action<T> consume) : IOrderedConsumer<T>
    {
        public TimeSpan? IdleAfter => null;

        public void Consume(T item) => consume(item);

        public void Idle()
        {
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
