using KnowledgeGraph.Feeds.Http;
using KnowledgeGraph.Feeds.Options;
using KnowledgeGraph.Feeds.Pages;
using KnowledgeGraph.Feeds.Parsing;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Feeds;

/// <summary>
/// One poll of one feed: a conditional GET, then each item not seen before fetched, its main text
/// extracted and handed to the sink; the item is recorded as seen only after its article is stored
/// (or refused for good), so a stop at any moment loses nothing and a re-run duplicates nothing.
/// A failing feed is backed off (the wait doubles up to a maximum), never stopping the others.
/// </summary>
public sealed class FeedPoller(PageFetcher fetcher, IArticleSink sink, IOptions<FetchOptions> options, TimeProvider clock, ILogger<FeedPoller> logger)
{
    private readonly FetchOptions _options = options.Value;

    /// <summary>When the feed should next be polled (now if never).</summary>
    public DateTimeOffset DueAt(FeedOptions feed, GraphStore store)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(store);
        return store.Feed(feed.Uri.AbsoluteUri)?.NextPollAt ?? clock.GetUtcNow();
    }

    public async Task<FeedPollResult> PollAsync(FeedOptions feed, GraphStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(store);
        var url = feed.Uri.AbsoluteUri;
        var state = store.Feed(url) ?? new FeedState(url, feed.DisplayName);
        var started = clock.GetUtcNow();
        FeedPollResult result;
        try
        {
            var response = await fetcher.FetchAsync(new FetchRequest(feed.Uri, state.ETag, state.LastModified), cancellationToken).ConfigureAwait(false);
            if (response.NotModified)
            {
                result = new FeedPollResult(feed.DisplayName, NotModified: true);
            }
            else
            {
                var parsed = FeedParser.Parse(response.Body, response.FinalUri);
                result = await TakeItemsAsync(feed, parsed, store, cancellationToken).ConfigureAwait(false);
                if (result.Deferred == 0)
                {
                    // New validators only once every item is taken: a 304 must never hide an item still owed.
                    state = state with { ETag = response.ETag, LastModified = response.LastModified };
                }
            }

            state = state with
            {
                Name = feed.DisplayName, LastPollAt = started, LastSuccessAt = started, Failures = 0, LastError = null,
                NextPollAt = started + TimeSpan.FromSeconds(feed.PollSeconds),
            };
        }
        catch (Exception ex) when (ex is FetchException or FeedFormatException)
        {
            var reason = ex is FetchException f ? f.Reason : ex.Message;
            var failures = state.Failures + 1;
            var wait = Math.Min(feed.PollSeconds * Math.Pow(2, Math.Min(failures, 20)), Math.Max(_options.MaxBackoffSeconds, feed.PollSeconds));
            state = state with
            {
                Name = feed.DisplayName, LastPollAt = started, Failures = failures, LastError = reason, NextPollAt = started + TimeSpan.FromSeconds(wait),
            };
            result = new FeedPollResult(feed.DisplayName, Error: reason);
            if (failures >= 3)
            {
                Log.FeedKeepsFailing(logger, feed.DisplayName, failures, reason, state.NextPollAt!.Value);
            }
            else
            {
                Log.FeedFailed(logger, feed.DisplayName, failures, reason, state.NextPollAt!.Value);
            }
        }

        store.SaveFeed(state);
        if (result.Error is null)
        {
            Log.Polled(logger, feed.DisplayName, result.ToString());
        }

        return result;
    }

    /// <summary>Fetches one page once as an article (<c>kg ingest URL</c>); the caller sends it on.</summary>
    public async Task<Model.SourceArticle> FetchArticleAsync(Uri uri, string? selector, CancellationToken cancellationToken)
    {
        var page = await fetcher.FetchAsync(new FetchRequest(uri), cancellationToken).ConfigureAwait(false);
        return PageArticle.From(page, selector);
    }

    private async Task<FeedPollResult> TakeItemsAsync(FeedOptions feed, ParsedFeed parsed, GraphStore store, CancellationToken cancellationToken)
    {
        var url = feed.Uri.AbsoluteUri;
        int fresh = 0, stored = 0, already = 0, failed = 0, deferred = 0;
        foreach (var item in parsed.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (store.FeedItemSeen(url, item.Id))
            {
                continue;
            }

            fresh++;
            var (key, error, transient) = await TakeItemAsync(feed, item, store, cancellationToken).ConfigureAwait(false);
            var where = item.Link?.AbsoluteUri ?? item.Id;
            if (transient)
            {
                deferred++;
                Log.ItemDeferred(logger, feed.DisplayName, where, error!);
                continue;
            }

            if (error is not null)
            {
                failed++;
                Log.ItemFailed(logger, feed.DisplayName, where, error);
            }
            else if (key.AlreadyStored)
            {
                already++;
            }
            else
            {
                stored++;
            }

            store.MarkFeedItem(url, feed.DisplayName, new FeedItemRecord(item.Id, item.Link?.AbsoluteUri, item.Guid, key.ArticleKey, error), clock.GetUtcNow());
        }

        return new FeedPollResult(feed.DisplayName, false, fresh, stored, already, failed, deferred);
    }

    private async Task<(SinkResult Result, string? Error, bool Transient)> TakeItemAsync(FeedOptions feed, FeedItem item, GraphStore store, CancellationToken cancellationToken)
    {
        var none = new SinkResult(null, false, null);
        if (item.Link is null)
        {
            return (none, "the item has no link", false);
        }

        try
        {
            var page = await fetcher.FetchAsync(new FetchRequest(item.Link), cancellationToken).ConfigureAwait(false);
            var article = PageArticle.From(page, feed.Selector, item.Title, item.Published, feed.DisplayName);
            var result = sink.Ingest(article, store);
            return (result, result.Error, false);
        }
        catch (FetchException ex)
        {
            return (none, ex.Reason, ex.Transient);
        }
        catch (PageException ex)
        {
            return (none, ex.Message, false);
        }
    }
}
