using System.Globalization;

using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>An article waiting to be sent to Neo4j.</summary>
public sealed record OutboxItem(string ArticleKey, int Attempts, string? LastError, DateTimeOffset? NextTryAt);

public sealed partial class GraphStore
{
    /// <summary>Articles not yet sent whose next try is due at <paramref name="now"/>, oldest first.</summary>
    public IReadOnlyList<OutboxItem> PendingSync(DateTimeOffset now, int limit = 100, bool ignoreBackoff = false)
    {
        using var cmd = Command(
            """
            SELECT o.article_key, o.attempts, o.last_error, o.next_try_at FROM outbox o JOIN articles a ON a.key = o.article_key
            WHERE o.sent_at IS NULL AND ($all = 1 OR o.next_try_at IS NULL OR o.next_try_at <= $now)
            ORDER BY a.ingested_at, o.article_key LIMIT $n
            """,
            null, ("$now", Iso(now)), ("$n", limit), ("$all", ignoreBackoff ? 1 : 0));
        using var r = cmd.ExecuteReader();
        var list = new List<OutboxItem>();
        while (r.Read())
        {
            list.Add(new OutboxItem(
                r.GetString(0), r.GetInt32(1), r.IsDBNull(2) ? null : r.GetString(2),
                r.IsDBNull(3) ? null : DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture)));
        }

        return list;
    }

    /// <summary>Articles not yet sent (read from the backlog's own index: its cost does not grow with the store).</summary>
    public int PendingCount() => Count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL");

    /// <summary>Records that an article reached the sink.</summary>
    public void MarkSynced(string articleKey, DateTimeOffset at) => MarkSynced([articleKey], at);

    /// <summary>Records that every article of <paramref name="articleKeys"/> reached the sink, in one transaction.</summary>
    public void MarkSynced(IEnumerable<string> articleKeys, DateTimeOffset at)
    {
        using var tx = _connection.BeginTransaction(deferred: false);
        var update = Prepared("UPDATE outbox SET sent_at = $at, last_error = NULL WHERE article_key = $k", "$k", "$at");
        foreach (var key in articleKeys)
        {
            update.Execute(key, Iso(at));
        }

        tx.Commit();
    }

    /// <summary>Records a failed attempt; the article is tried again at <paramref name="nextTry"/>.</summary>
    public void MarkSyncFailed(string articleKey, string error, DateTimeOffset nextTry)
    {
        using var cmd = Command(
            "UPDATE outbox SET attempts = attempts + 1, last_error = $e, next_try_at = $n WHERE article_key = $k",
            null, ("$k", articleKey), ("$e", error), ("$n", Iso(nextTry)));
        cmd.ExecuteNonQuery();
    }

    /// <summary>Queues every stored article again (after the Neo4j database was emptied, say).</summary>
    public int RequeueAll()
    {
        using var cmd = Command(
            """
            INSERT INTO outbox(article_key, sink) SELECT key, 'neo4j' FROM articles WHERE true
            ON CONFLICT(article_key) DO UPDATE SET sent_at = NULL, attempts = 0, last_error = NULL, next_try_at = NULL
            """);
        return cmd.ExecuteNonQuery();
    }

    private static string Iso(DateTimeOffset t) => t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
