namespace KnowledgeGraph.Storage.Tests;

public sealed class GraphStoreOutboxTests : StoreTestBase
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private readonly ArticleBuilder _a = new("Первая заметка о погоде в Кокшетау.", "a.txt");
    private readonly ArticleBuilder _b = new("Вторая заметка о ярмарке в Атырау.", "b.txt");

    public GraphStoreOutboxTests()
    {
        Save(_a);
        Save(_b);
    }

    [Fact]
    public void Saved_articles_are_pending_in_the_order_they_were_stored()
    {
        var pending = Store.PendingSync(Now);
        Assert.Equal([_a.Key, _b.Key], pending.Select(p => p.ArticleKey));
        Assert.All(pending, p => Assert.Equal((0, null, null), (p.Attempts, p.LastError, p.NextTryAt)));
        Assert.Single(Store.PendingSync(Now, limit: 1));
    }

    [Fact]
    public void MarkSynced_removes_the_article_from_the_outbox()
    {
        Store.MarkSynced(_a.Key, Now);
        Assert.Equal([_b.Key], Store.PendingSync(Now).Select(p => p.ArticleKey));
        Assert.Equal(1, Store.Counts().PendingSync);
    }

    [Fact]
    public void MarkSyncFailed_records_the_error_and_waits_until_next_try()
    {
        var next = Now.AddMinutes(5);
        Store.MarkSyncFailed(_a.Key, "connection refused: 'neo4j'\nline two", next);

        Assert.Equal([_b.Key], Store.PendingSync(Now).Select(p => p.ArticleKey));
        Assert.Equal([_b.Key], Store.PendingSync(next.AddTicks(-1)).Select(p => p.ArticleKey));

        var due = Store.PendingSync(next);
        var failed = due.Single(p => p.ArticleKey == _a.Key);
        Assert.Equal(1, failed.Attempts);
        Assert.Equal("connection refused: 'neo4j'\nline two", failed.LastError);
        Assert.Equal(next, failed.NextTryAt);
        Assert.Equal(2, Store.Counts().PendingSync);
    }

    [Fact]
    public void Next_try_in_another_time_zone_compares_by_instant()
    {
        var next = new DateTimeOffset(2025, 3, 10, 17, 0, 0, TimeSpan.FromHours(5)); // 12:00 UTC
        Store.MarkSyncFailed(_a.Key, "x", next);
        Assert.Contains(_a.Key, Store.PendingSync(Now).Select(p => p.ArticleKey));
        Assert.DoesNotContain(_a.Key, Store.PendingSync(Now.AddSeconds(-1)).Select(p => p.ArticleKey));
    }

    [Fact]
    public void Attempts_count_up_and_ignoreBackoff_returns_everything_unsent()
    {
        Store.MarkSyncFailed(_a.Key, "one", Now.AddHours(1));
        Store.MarkSyncFailed(_a.Key, "two", Now.AddHours(2));
        var all = Store.PendingSync(Now, ignoreBackoff: true);
        Assert.Equal(2, all.Count);
        Assert.Equal(2, all.Single(p => p.ArticleKey == _a.Key).Attempts);
        Assert.Equal("two", all.Single(p => p.ArticleKey == _a.Key).LastError);
    }

    [Fact]
    public void Synced_articles_are_not_returned_even_ignoring_backoff()
    {
        Store.MarkSynced(_a.Key, Now);
        Store.MarkSynced(_b.Key, Now);
        Assert.Empty(Store.PendingSync(Now, ignoreBackoff: true));
    }

    [Fact]
    public void RequeueAll_queues_every_article_again_and_resets_failures()
    {
        Store.MarkSynced(_a.Key, Now);
        Store.MarkSyncFailed(_b.Key, "boom", Now.AddDays(1));
        var unqueued = new ArticleBuilder("Третья заметка, не поставленная в очередь.", "c.txt");
        Store.Save(unqueued.Source, unqueued.Build(), queueForSync: false);

        Assert.Equal(3, Store.RequeueAll());

        var pending = Store.PendingSync(Now);
        Assert.Equal(3, pending.Count);
        Assert.All(pending, p => Assert.Equal((0, null, null), (p.Attempts, p.LastError, p.NextTryAt)));
        Assert.Equal(3, Store.Counts().PendingSync);
    }

    [Fact]
    public void Marking_an_unknown_article_changes_nothing()
    {
        Store.MarkSynced("article:sha256:unknown", Now);
        Store.MarkSyncFailed("article:sha256:unknown", "x", Now);
        Assert.Equal(2, Store.PendingSync(Now).Count);
    }
}
