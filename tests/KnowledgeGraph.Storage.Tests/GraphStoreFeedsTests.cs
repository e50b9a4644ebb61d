namespace KnowledgeGraph.Storage.Tests;

public sealed class GraphStoreFeedsTests : StoreTestBase
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_feed_never_polled_has_no_state()
    {
        Assert.Null(Store.Feed("http://127.0.0.1/rss"));
        Assert.Empty(Store.Feeds());
    }

    [Fact]
    public void Feed_state_round_trips_and_is_replaced_by_the_next_poll()
    {
        var first = new FeedState("http://127.0.0.1/rss", "Вестник")
        {
            LastPollAt = Now, LastSuccessAt = Now, ETag = "\"v1\"", LastModified = "Mon, 04 May 2026 09:00:00 GMT",
        };
        Store.SaveFeed(first);
        Assert.Equal(first, Store.Feed(first.Url));

        var failed = first with { LastPollAt = Now.AddMinutes(5), Failures = 2, LastError = "HTTP 503", NextPollAt = Now.AddMinutes(9) };
        Store.SaveFeed(failed);
        using var other = Open();
        Assert.Equal(failed, other.Feed(first.Url));
        Assert.Single(other.Feeds());
    }

    [Fact]
    public void Items_are_seen_per_feed_once_and_counted()
    {
        const string a = "http://127.0.0.1/a.xml", b = "http://127.0.0.1/b.xml";
        var item = new FeedItemRecord("guid-1", "http://127.0.0.1/p/1", "guid-1", "article:abc", null);
        Assert.False(Store.FeedItemSeen(a, "guid-1"));

        Store.MarkFeedItem(a, "A", item, Now);
        Store.MarkFeedItem(a, "A", item with { Error = "later" }, Now.AddHours(1));

        Assert.True(Store.FeedItemSeen(a, "guid-1"));
        Assert.False(Store.FeedItemSeen(b, "guid-1"));
        var state = Store.Feed(a)!;
        Assert.Equal(("A", 1, 0), (state.Name, state.ItemsSeen, state.Failures));
        Assert.Null(state.LastPollAt);
    }

    [Fact]
    public void Saving_the_state_keeps_the_items_seen()
    {
        const string a = "http://127.0.0.1/a.xml";
        Store.MarkFeedItem(a, "A", new FeedItemRecord("u", "http://127.0.0.1/u", null, null, "refused: robots.txt"), Now);
        Store.SaveFeed(new FeedState(a, "A renamed") { LastPollAt = Now });
        Assert.Equal(("A renamed", 1), (Store.Feed(a)!.Name, Store.Feed(a)!.ItemsSeen));
    }
}
