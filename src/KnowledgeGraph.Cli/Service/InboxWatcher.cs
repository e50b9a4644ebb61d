using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Service;

/// <summary>
/// The hosted service of <c>kg run</c>: it loops, asking the inbox processor to take what has
/// arrived. Stopping (Ctrl+C, SIGTERM) lets the article under way finish; the next one waits.
/// A failure that no later pass could get past (the inbox is a file, the store is damaged or
/// full) stops kg run with its exit code; a passing file-system error is logged and tried again.
/// </summary>
public sealed class InboxWatcher(
    InboxProcessor processor, IOptions<StoreOptions> store, IOptions<IngestOptions> options, ServiceFailure failure, IHostApplicationLifetime lifetime, ILogger<InboxWatcher> logger)
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
            // kg run stops and reports the failure as one line with its exit code (Failures).
            failure.Record(ex);
            lifetime.StopApplication();
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
                // A file in the inbox's place stops kg run. An inbox that vanished mid-pass is made
                // again by the next pass, without an error line; any other error is logged and retried.
                processor.ThrowIfInboxIsAFile();
                if (ex is not DirectoryNotFoundException || Directory.Exists(processor.Inbox))
                {
                    Log.ScanFailed(logger, Hosting.TerminalText.Safe(ex.Message));
                }
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
