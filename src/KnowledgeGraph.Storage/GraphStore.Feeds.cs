using System.Globalization;

namespace KnowledgeGraph.Storage;

/// <summary>
/// What the store remembers of one followed feed: when it was polled, the validators for a
/// conditional GET, consecutive failures with the last error, and when it may be polled again.
/// </summary>
public sealed record FeedState(string Url, string Name)
{
    public DateTimeOffset? LastPollAt { get; init; }

    public DateTimeOffset? LastSuccessAt { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>Failed polls in a row; 0 after a success.</summary>
    public int Failures { get; init; }

    public string? LastError { get; init; }

    /// <summary>Not polled before this (back-off after failures).</summary>
    public DateTimeOffset? NextPollAt { get; init; }

    /// <summary>Items of this feed taken so far (stored, already stored, or refused for good).</summary>
    public int ItemsSeen { get; init; }
}

/// <summary>One item of a feed that needs no second look: its article key, or the reason it was refused for good.</summary>
public sealed record FeedItemRecord(string ItemId, string? Url, string? Guid, string? ArticleKey, string? Error);

public sealed partial class GraphStore
{
    private const string FeedColumns =
        "f.url, f.name, f.last_poll_at, f.last_success_at, f.etag, f.last_modified, f.failures, f.last_error, f.next_poll_at, " +
        "(SELECT COUNT(*) FROM feed_items i WHERE i.feed_url = f.url)";

    /// <summary>The state of the feed at <paramref name="url"/>, or null if it was never polled.</summary>
    public FeedState? Feed(string url)
    {
        using var cmd = Command($"SELECT {FeedColumns} FROM feeds f WHERE f.url = $u", null, ("$u", url));
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadFeed(r) : null;
    }

    /// <summary>Every feed ever polled, by name.</summary>
    public IReadOnlyList<FeedState> Feeds()
    {
        using var cmd = Command($"SELECT {FeedColumns} FROM feeds f ORDER BY f.name, f.url");
        using var r = cmd.ExecuteReader();
        var list = new List<FeedState>();
        while (r.Read())
        {
            list.Add(ReadFeed(r));
        }

        return list;
    }

    /// <summary>Writes the state of a feed after a poll (items seen are kept apart, see <see cref="MarkFeedItem"/>).</summary>
    public void SaveFeed(FeedState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        using var cmd = Command(
            """
            INSERT INTO feeds(url, name, last_poll_at, last_success_at, etag, last_modified, failures, last_error, next_poll_at)
            VALUES ($u, $n, $lp, $ls, $e, $lm, $f, $err, $np)
            ON CONFLICT(url) DO UPDATE SET name = $n, last_poll_at = $lp, last_success_at = $ls, etag = $e,
                last_modified = $lm, failures = $f, last_error = $err, next_poll_at = $np
            """,
            null, ("$u", state.Url), ("$n", state.Name), ("$lp", IsoOrNull(state.LastPollAt)), ("$ls", IsoOrNull(state.LastSuccessAt)),
            ("$e", state.ETag), ("$lm", state.LastModified), ("$f", state.Failures), ("$err", state.LastError), ("$np", IsoOrNull(state.NextPollAt)));
        cmd.ExecuteNonQuery();
    }

    /// <summary>True when the item was taken already (by guid, or by URL when it has no guid).</summary>
    public bool FeedItemSeen(string feedUrl, string itemId) =>
        Scalar("SELECT 1 FROM feed_items WHERE feed_url = $f AND item_id = $i", ("$f", feedUrl), ("$i", itemId)) is not null;

    /// <summary>Records an item as taken; the feed row is created if needed. Recording twice keeps the first.</summary>
    public void MarkFeedItem(string feedUrl, string feedName, FeedItemRecord item, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(item);
        using var tx = _connection.BeginTransaction(deferred: false);
        using (var feed = Command("INSERT OR IGNORE INTO feeds(url, name) VALUES ($u, $n)", tx, ("$u", feedUrl), ("$n", feedName)))
        {
            feed.ExecuteNonQuery();
        }

        using (var cmd = Command(
            """
            INSERT OR IGNORE INTO feed_items(feed_url, item_id, url, guid, article_key, error, seen_at)
            VALUES ($f, $i, $u, $g, $k, $e, $at)
            """,
            tx, ("$f", feedUrl), ("$i", item.ItemId), ("$u", item.Url), ("$g", item.Guid), ("$k", item.ArticleKey), ("$e", item.Error), ("$at", Iso(at))))
        {
            cmd.ExecuteNonQuery();
        }

        tx.Commit();
    }

    private static FeedState ReadFeed(Microsoft.Data.Sqlite.SqliteDataReader r) => new(r.GetString(0), r.GetString(1))
    {
        LastPollAt = TimeOrNull(r, 2),
        LastSuccessAt = TimeOrNull(r, 3),
        ETag = r.IsDBNull(4) ? null : r.GetString(4),
        LastModified = r.IsDBNull(5) ? null : r.GetString(5),
        Failures = r.GetInt32(6),
        LastError = r.IsDBNull(7) ? null : r.GetString(7),
        NextPollAt = TimeOrNull(r, 8),
        ItemsSeen = r.GetInt32(9),
    };

    private static DateTimeOffset? TimeOrNull(Microsoft.Data.Sqlite.SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateTimeOffset.Parse(r.GetString(i), CultureInfo.InvariantCulture);

    private static string? IsoOrNull(DateTimeOffset? t) => t is { } v ? Iso(v) : null;
}
