using KnowledgeGraph.Bolt;
using KnowledgeGraph.Cypher;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Neo4j;

/// <summary>What one pass over the backlog did.</summary>
public sealed record SyncPass(int Sent, int Failed, int Remaining, string? LastError, bool Unavailable);

/// <summary>
/// Drains the store's outbox into Neo4j. The embedded store is the durable record: an article
/// leaves the backlog only after Neo4j committed every batch holding its rows. The rows of up to
/// <see cref="Neo4jOptions.SyncArticles"/> articles share <c>UNWIND $rows</c> batches (one
/// transaction a batch, the transactions pipelined); the next group is read from the store while one is
/// being sent. A crash halfway loses nothing, and sending again is harmless (MERGE on
/// keys, evidence appended only when absent). When a shared batch is refused, the articles are sent
/// one by one, so a bad article fails alone. When Neo4j cannot be reached the pass stops and the
/// articles are tried again later, the wait doubling with each failure.
/// </summary>
public sealed class OutboxSync(Neo4jGraphWriter writer, Neo4jOptions options, TimeProvider clock, ILogger<OutboxSync> logger)
{
    /// <summary>Sends every due article of the backlog; <paramref name="ignoreBackoff"/> retries failed ones now.</summary>
    public async Task<SyncPass> DrainAsync(GraphStore store, bool ignoreBackoff, CancellationToken cancellationToken)
    {
        var pass = new PassTally();

        // Each article at most once a pass: one that failed may be due again at once (no backoff,
        // or ignoreBackoff) and would otherwise be retried for ever.
        var tried = new HashSet<string>(StringComparer.Ordinal);
        var group = ReadGroup(store, tried, ignoreBackoff);
        while (group is not null && !cancellationToken.IsCancellationRequested && !pass.Unavailable)
        {
            // The next group is read from the store while this one is on the wire; the store is touched again
            // (articles marked sent or failed) only once that read is over.
            var reading = Task.Run(() => ReadGroup(store, tried, ignoreBackoff), CancellationToken.None);
            Exception? failure;
            try
            {
                failure = await SendAsync(group.Merged, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await ((Task)reading).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            var next = await reading.ConfigureAwait(false);
            switch (failure)
            {
                case null:
                    Sent(store, group.Items, pass);
                    break;
                case var ex when IsUnavailable(ex) || group.Items.Count == 1:
                    Failed(store, group.Items, ex, pass);
                    break;
                default:
                    // One of them may be at fault: each on its own tells which.
                    await OneByOneAsync(store, group.Items, pass, cancellationToken).ConfigureAwait(false);
                    break;
            }

            group = next;
        }

        return new SyncPass(pass.Sent, pass.Failed, store.PendingCount(), pass.LastError, pass.Unavailable);
    }

    /// <summary>
    /// The next due articles not tried in this pass (at most <see cref="Neo4jOptions.SyncArticles"/>) and their graphs
    /// merged into one (each node and relationship once), read from the store in one set-based read; null when none is left.
    /// </summary>
    private Group? ReadGroup(GraphStore store, HashSet<string> tried, bool ignoreBackoff)
    {
        var due = store.PendingSync(clock.GetUtcNow(), tried.Count + options.SyncArticles, ignoreBackoff)
            .Where(i => tried.Add(i.ArticleKey)).Take(options.SyncArticles).ToList();
        if (due.Count == 0)
        {
            return null;
        }

        return new Group(due, store.ReadArticleGroup(due.ConvertAll(i => i.ArticleKey)));
    }

    /// <summary>Writes the graph; returns the sink's failure, if any (other exceptions, cancellation among them, escape).</summary>
    private async Task<Exception?> SendAsync(GraphSnapshot graph, CancellationToken cancellationToken)
    {
        try
        {
            await writer.WriteAsync(graph, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (IsSinkFailure(ex))
        {
            return ex;
        }
    }

    /// <summary>The wait before attempt number <paramref name="attempt"/> (1 = after the first failure).</summary>
    public TimeSpan Backoff(int attempt)
    {
        var seconds = options.InitialBackoffSeconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, options.MaxBackoffSeconds));
    }

    private async Task OneByOneAsync(GraphStore store, List<OutboxItem> items, PassTally pass, CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await writer.WriteAsync(store.ReadArticle(item.ArticleKey), cancellationToken).ConfigureAwait(false);
                Sent(store, [item], pass);
            }
            catch (Exception ex) when (IsSinkFailure(ex))
            {
                Failed(store, [item], ex, pass);
                if (pass.Unavailable)
                {
                    return;
                }
            }
        }
    }

    private void Sent(GraphStore store, IReadOnlyList<OutboxItem> items, PassTally pass)
    {
        store.MarkSynced(items.Select(i => i.ArticleKey), clock.GetUtcNow());
        pass.Sent += items.Count;
        foreach (var item in items)
        {
            Log.Sent(logger, item.ArticleKey);
        }
    }

    private void Failed(GraphStore store, IReadOnlyList<OutboxItem> items, Exception ex, PassTally pass)
    {
        pass.LastError = ex.Message; // a server error's message names its Neo4j code once
        pass.Unavailable |= IsUnavailable(ex);
        foreach (var item in items)
        {
            pass.Failed++;
            store.MarkSyncFailed(item.ArticleKey, pass.LastError, clock.GetUtcNow() + Backoff(item.Attempts + 1));
        }

        // One line for what was sent together, not one per article of a batch.
        if (items.Count == 1)
        {
            Log.SendFailed(logger, items[0].ArticleKey, pass.LastError);
        }
        else
        {
            Log.BatchFailed(logger, items.Count, items[0].ArticleKey, pass.LastError);
        }
    }

    /// <summary>
    /// Neo4j is away, or refuses any work until the configuration changes (credentials, database,
    /// protocol, certificate): the rest of the backlog waits for the next pass.
    /// </summary>
    private static bool IsUnavailable(Exception ex) =>
        ex is ServiceUnavailableException or SessionExpiredException or AuthenticationException or IOException or TimeoutException
        || ErrorClassifier.CannotSucceedOnRetry(ex);

    private static bool IsSinkFailure(Exception ex) =>
        ex is Neo4jException or BoltProtocolException or IOException or TimeoutException or System.Net.Sockets.SocketException;

    private sealed record Group(List<OutboxItem> Items, GraphSnapshot Merged);

    private sealed class PassTally
    {
        public int Sent { get; set; }

        public int Failed { get; set; }

        public string? LastError { get; set; }

        public bool Unavailable { get; set; }
    }
}
