using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Service;

/// <summary>
/// The hosted service of <c>kg run</c>: it loops, asking the inbox processor to take what has
/// arrived. Stopping (Ctrl+C, SIGTERM) lets the article under way finish; the next one waits.
/// </summary>
public sealed class InboxWatcher(InboxProcessor processor, IOptions<StoreOptions> store, IOptions<IngestOptions> options, ILogger<InboxWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await WatchAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The host stops when a service fails; the process must then say so with its exit code.
            Log.ServiceFailed(logger, nameof(InboxWatcher), ex.Message);
            Environment.ExitCode = 1;
            throw;
        }
    }

    private async Task WatchAsync(CancellationToken stoppingToken)
    {
        using var graph = GraphStore.Open(store.Value.Path, store.Value.Tuning);
        Log.WatchingInbox(logger, processor.Inbox, graph.Path);
        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await processor.ProcessPendingAsync(graph, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Log.ScanFailed(logger, ex.Message);
            }

            try
            {
                await Task.Delay(poll, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        Log.InboxStopped(logger);
    }
}
