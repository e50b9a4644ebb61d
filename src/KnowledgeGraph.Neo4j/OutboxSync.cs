using KnowledgeGraph.Bolt;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Neo4j;

/// <summary>What one pass over the backlog did.</summary>
public sealed record SyncPass(int Sent, int Failed, int Remaining, string? LastError, bool Unavailable);

/// <summary>
/// Drains the store's outbox into Neo4j. The embedded store is the durable record: an article
/// leaves the backlog only after Neo4j committed its graph. When Neo4j cannot be reached the pass
/// stops and the article is tried again later, the wait doubling with each failure.
/// </summary>
public sealed class OutboxSync(Neo4jGraphWriter writer, Neo4jOptions options, TimeProvider clock, ILogger<OutboxSync> logger)
{
    /// <summary>Sends every due article of the backlog; <paramref name="ignoreBackoff"/> retries failed ones now.</summary>
    public async Task<SyncPass> DrainAsync(GraphStore store, bool ignoreBackoff, CancellationToken cancellationToken)
    {
        int sent = 0, failed = 0;
        string? lastError = null;
        var unavailable = false;

        // Each article at most once a pass: one that failed may be due again at once (no backoff,
        // or ignoreBackoff) and would otherwise be retried for ever.
        var tried = new HashSet<string>(StringComparer.Ordinal);
        while (!cancellationToken.IsCancellationRequested)
        {
            var due = store.PendingSync(clock.GetUtcNow(), tried.Count + 50, ignoreBackoff).Where(i => !tried.Contains(i.ArticleKey)).ToList();
            if (due.Count == 0)
            {
                break;
            }

            foreach (var item in due)
            {
                cancellationToken.ThrowIfCancellationRequested();
                tried.Add(item.ArticleKey);
                try
                {
                    var graph = store.ReadArticle(item.ArticleKey);
                    await writer.WriteAsync(graph, cancellationToken).ConfigureAwait(false);
                    store.MarkSynced(item.ArticleKey, clock.GetUtcNow());
                    sent++;
                    Log.Sent(logger, item.ArticleKey);
                }
                catch (Exception ex) when (IsSinkFailure(ex))
                {
                    failed++;
                    lastError = ex.Message; // a server error's message names its Neo4j code once
                    store.MarkSyncFailed(item.ArticleKey, lastError, clock.GetUtcNow() + Backoff(item.Attempts + 1));
                    Log.SendFailed(logger, item.ArticleKey, lastError);
                    if (ex is ServiceUnavailableException or SessionExpiredException or IOException or TimeoutException
                        || ErrorClassifier.CannotSucceedOnRetry(ex))
                    {
                        // Neo4j is away, or refuses any work until the configuration changes (credentials, database,
                        // protocol, certificate): the rest of the backlog waits for the next pass.
                        unavailable = true;
                        return new SyncPass(sent, failed, store.Counts().PendingSync, lastError, unavailable);
                    }
                }
            }
        }

        return new SyncPass(sent, failed, store.Counts().PendingSync, lastError, unavailable);
    }

    /// <summary>The wait before attempt number <paramref name="attempt"/> (1 = after the first failure).</summary>
    public TimeSpan Backoff(int attempt)
    {
        var seconds = options.InitialBackoffSeconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, options.MaxBackoffSeconds));
    }

    private static bool IsSinkFailure(Exception ex) =>
        ex is Neo4jException or BoltProtocolException or IOException or TimeoutException or System.Net.Sockets.SocketException;

}
