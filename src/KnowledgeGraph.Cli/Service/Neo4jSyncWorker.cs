using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Neo4j;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Service;

/// <summary>
/// The hosted service of <c>kg run</c> that keeps Neo4j up to date: it loops, asking the outbox
/// sync to send what the store holds and Neo4j does not. Registered only when Neo4j is configured.
/// </summary>
public sealed class Neo4jSyncWorker(Neo4jSink sink, IOptions<StoreOptions> store, IOptions<Neo4jOptions> options, ILogger<Neo4jSyncWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        using var graph = GraphStore.Open(store.Value.Path, store.Value.Tuning);
        Log.SyncStarted(logger, options.Value.ToString());
        var poll = TimeSpan.FromSeconds(options.Value.SyncPollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var pass = await sink.Sync.DrainAsync(graph, ignoreBackoff: false, stoppingToken).ConfigureAwait(false);
                if (pass.Sent > 0 || pass.Failed > 0)
                {
                    Log.SyncPass(logger, pass.Sent, pass.Failed, pass.Remaining);
                }

                await Task.Delay(poll, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The store keeps the backlog: a fault here must not stop ingestion; try again later.
                Log.SyncFailed(logger, ex.GetType().Name, ex.Message);
                try
                {
                    await Task.Delay(poll * 5, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }
}
