using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Feeds;
using KnowledgeGraph.Feeds.Options;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Service;

/// <summary>
/// The hosted service of <c>kg run</c> that follows the configured feeds: one loop per feed, each
/// with its own store connection, polling when the feed is due. A failing feed is backed off by the
/// poller and never stops the others; stopping cancels the fetch under way, and what was not yet
/// stored is taken again by the next run.
/// </summary>
public sealed class FeedWatcher(FeedPoller poller, IOptions<FeedsOptions> feeds, IOptions<StoreOptions> store, TimeProvider clock, ILogger<FeedWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await Task.WhenAll(feeds.Value.Items.Select(f => FollowAsync(f, stoppingToken))).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the item under way is left for the next run.
        }
        catch (Exception ex)
        {
            Log.ServiceFailed(logger, nameof(FeedWatcher), ex.Message);
            Environment.ExitCode = 1;
            throw;
        }

        Log.FeedsStopped(logger);
    }

    private async Task FollowAsync(FeedOptions feed, CancellationToken stoppingToken)
    {
        using var graph = GraphStore.Open(store.Value.Path);
        Log.FollowingFeed(logger, feed.DisplayName, feed.Url, feed.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = poller.DueAt(feed, graph) - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, stoppingToken).ConfigureAwait(false);
            }

            try
            {
                await poller.PollAsync(feed, graph, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                // A fault on one feed (the store busy, a bug on a strange page) must not stop the others.
                Log.FeedPollFailed(logger, feed.DisplayName, ex.GetType().Name, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(feed.PollSeconds), clock, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
