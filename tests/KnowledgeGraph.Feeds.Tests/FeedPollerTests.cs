using KnowledgeGraph.Feeds.Http;
using System.Text;
using KnowledgeGraph.Feeds.Tests.Support;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Feeds.Tests;

/// <summary>The whole path against a local server: feed, pages, main text, extraction, store.</summary>
public sealed class FeedPollerTests : IDisposable
{
    private readonly LocalServer _server = new();
    private readonly Harness _kg = new();

    public void Dispose()
    {
        _kg.Dispose();
        _server.Dispose();
    }

    private (string, string, string, string?) Item(int n, string? pubDate = null) =>
        ($"guid-{n}", _server.Url($"/news/{n}").AbsoluteUri, $"Новость {n}", pubDate);

    private void ServeStory(int n, string? meta = null) => _server.Text($"/news/{n}", Site.Article($"Новость {n}", Site.Stories[n], publishedMeta: meta));

    [Fact]
    public async Task New_items_are_picked_up_and_an_unchanged_feed_is_answered_304()
    {
        ServeStory(0);
        ServeStory(1);
        ServeStory(2);
        _server.Text("/rss", Site.Rss("Вестник", Item(0, "Mon, 04 May 2026 09:00:00 +0300"), Item(1, "Mon, 04 May 2026 10:00:00 +0300")), "application/rss+xml", etag: "\"v1\"");

        var first = await _kg.PollAsync(_server.Url("/rss"));
        Assert.Equal((2, 2, 0, 0), (first.NewItems, first.Stored, first.Failed, first.Deferred));
        Assert.Equal(2, _kg.Store.Counts().Articles);

        var second = await _kg.PollAsync(_server.Url("/rss"));
        Assert.True(second.NotModified, second.ToString());
        Assert.Contains(_server.Requests, r => r.Path == "/rss" && r.IfNoneMatch == "\"v1\"");

        _server.Text("/rss", Site.Rss("Вестник", Item(0), Item(1), Item(2)), "application/rss+xml", etag: "\"v2\"");
        var third = await _kg.PollAsync(_server.Url("/rss"));
        Assert.Equal((1, 1), (third.NewItems, third.Stored));
        Assert.Equal(3, _kg.Store.Counts().Articles);
        Assert.Equal(1, _server.Count("/news/2"));
        Assert.Equal(1, _server.Count("/news/0"));
        Assert.All(_server.Requests, r => Assert.StartsWith("kg/", r.UserAgent));
        var state = _kg.Store.Feed(_server.Url("/rss").AbsoluteUri)!;
        Assert.Equal(("\"v2\"", 3, 0), (state.ETag, state.ItemsSeen, state.Failures));
    }

    [Fact]
    public async Task The_article_keeps_its_address_and_the_feed_date_with_its_offset()
    {
        ServeStory(0, meta: "2020-01-01T00:00:00Z");
        _server.Text("/rss", Site.Rss("Вестник", Item(0, "Mon, 04 May 2026 09:15:00 +0300")), "application/rss+xml");
        await _kg.PollAsync(_server.Url("/rss"));

        var article = _kg.Store.ReadAll().Articles.Single();
        Assert.Equal(_server.Url("/news/0").AbsoluteUri, article.Url);
        Assert.Equal("2026-05-04T09:15:00+03:00", article.Published);
    }

    [Fact]
    public async Task Without_a_feed_date_the_page_metadata_gives_it()
    {
        ServeStory(1, meta: "2026-04-30T18:05:00+05:00");
        _server.Text("/feed.json", $$"""{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"j1","url":"/news/1","title":"Новость"}]}""", "application/feed+json");
        var result = await _kg.PollAsync(_server.Url("/feed.json"));
        Assert.Equal(1, result.Stored);
        Assert.Equal("2026-04-30T18:05:00+05:00", _kg.Store.ReadAll().Articles.Single().Published);
    }

    [Fact]
    public async Task An_item_in_two_feeds_and_in_the_inbox_is_stored_once()
    {
        ServeStory(3);
        _server.Text("/rss", Site.Rss("Р", Item(3)), "application/rss+xml");
        _server.Text("/atom", Site.Atom("А", ("urn:a:3", _server.Url("/news/3").AbsoluteUri, "Новость 3", "2026-05-04T10:00:00+03:00")), "application/atom+xml");

        var rss = await _kg.PollAsync(_server.Url("/rss"), "RSS");
        var atom = await _kg.PollAsync(_server.Url("/atom"), "Atom");

        Assert.Equal((1, 0), (rss.Stored, rss.AlreadyStored));
        Assert.Equal((0, 1), (atom.Stored, atom.AlreadyStored));
        var stored = _kg.Store.ReadAll().Articles.Single();

        // The same text dropped in the inbox as a file has the same key.
        var text = _kg.Store.ArticleText(stored.Key)!;
        var asFile = ArticleReader.Parse("inbox/story.txt", Encoding.UTF8.GetBytes(text));
        Assert.Equal(stored.Key, asFile.Key);
    }

    [Fact]
    public async Task A_500_then_200_is_retried_and_stored()
    {
        var calls = 0;
        var page = Encoding.UTF8.GetBytes(Site.Article("Новость 0", Site.Stories[0]));
        _server.Map("/news/0", async ctx =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                ctx.Response.StatusCode = 500;
                return;
            }

            ctx.Response.ContentType = "text/html; charset=utf-8";
            await ctx.Response.OutputStream.WriteAsync(page);
        });
        _server.Text("/rss", Site.Rss("Р", Item(0)), "application/rss+xml");

        var result = await _kg.PollAsync(_server.Url("/rss"));

        Assert.Equal(1, result.Stored);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_slow_server_is_timed_out_and_the_item_is_left_for_the_next_poll()
    {
        using var kg = new Harness(("Fetch:TimeoutSeconds", "0.3"), ("Fetch:Retries", "1"));
        _server.Map("/news/0", async _ => await Task.Delay(TimeSpan.FromSeconds(3)));
        _server.Text("/rss", Site.Rss("Р", Item(0)), "application/rss+xml", etag: "\"slow\"");

        var result = await kg.PollAsync(_server.Url("/rss"));

        Assert.Equal((1, 1, 0), (result.NewItems, result.Deferred, result.Stored));
        Assert.Equal(2, _server.Count("/news/0"));
        Assert.False(kg.Store.FeedItemSeen(_server.Url("/rss").AbsoluteUri, "guid-0"));
        Assert.Null(kg.Store.Feed(_server.Url("/rss").AbsoluteUri)!.ETag); // no 304 may hide the item owed

        ServeStory(0);
        var again = await kg.PollAsync(_server.Url("/rss"));
        Assert.Equal(1, again.Stored);
    }

    [Fact]
    public async Task Malformed_XML_fails_the_feed_with_one_line_backs_it_off_and_the_other_feed_goes_on()
    {
        ServeStory(0);
        _server.Text("/bad", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Сломано</title><item><title>x</item></channel></rss>", "application/rss+xml");
        _server.Text("/good", Site.Rss("Р", Item(0)), "application/rss+xml");

        var bad = await _kg.PollAsync(_server.Url("/bad"), "Сломанный");
        var good = await _kg.PollAsync(_server.Url("/good"), "Рабочий");
        var badAgain = await _kg.PollAsync(_server.Url("/bad"), "Сломанный");

        Assert.StartsWith("malformed XML at line 1", bad.Error);
        Assert.DoesNotContain("\n", bad.Error!, StringComparison.Ordinal);
        Assert.Equal(1, good.Stored);
        var state = _kg.Store.Feed(_server.Url("/bad").AbsoluteUri)!;
        Assert.Equal(2, state.Failures);
        Assert.Equal(badAgain.Error, state.LastError);
        Assert.True(state.NextPollAt - state.LastPollAt >= TimeSpan.FromSeconds(60 * 4), "the wait doubles with each failure");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_20_MB_page_is_refused_with_one_line(bool declaresLength)
    {
        _server.Map("/news/0", async ctx =>
        {
            var chunk = new byte[1 << 20];
            Array.Fill(chunk, (byte)'a');
            ctx.Response.ContentType = "text/html";
            if (declaresLength)
            {
                ctx.Response.ContentLength64 = 20L << 20;
            }
            else
            {
                ctx.Response.SendChunked = true;
            }

            for (var i = 0; i < 20; i++)
            {
                await ctx.Response.OutputStream.WriteAsync(chunk);
            }
        });
        _server.Text("/rss", Site.Rss("Р", Item(0)), "application/rss+xml");

        var result = await _kg.PollAsync(_server.Url("/rss"));

        Assert.Equal(1, result.Failed);
        Assert.Equal(0, _kg.Store.Counts().Articles);
        Assert.True(_kg.Store.FeedItemSeen(_server.Url("/rss").AbsoluteUri, "guid-0"), "a page over the limit is refused for good");
    }

    [Fact]
    public async Task A_redirect_loop_is_stopped()
    {
        _server.Map("/news/0", ctx => Redirect(ctx, "/loop"));
        _server.Map("/loop", ctx => Redirect(ctx, "/news/0"));
        var fetcher = _kg.Get<PageFetcher>();

        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new FetchRequest(_server.Url("/news/0")), CancellationToken.None));

        Assert.Equal($"redirect loop at {_server.Url("/news/0")}", ex.Reason);
        Assert.Equal(1, _server.Count("/loop"));
    }

    [Fact]
    public async Task Redirects_are_followed_up_to_the_limit()
    {
        using var kg = new Harness(("Fetch:MaxRedirects", "2"));
        for (var i = 0; i < 4; i++)
        {
            var next = $"/hop/{i + 1}";
            _server.Map($"/hop/{i}", ctx => Redirect(ctx, next));
        }

        _server.Text("/hop/4", "конец");
        var fetcher = kg.Get<PageFetcher>();
        var ok = await fetcher.FetchAsync(new FetchRequest(_server.Url("/hop/2")), CancellationToken.None);
        Assert.Equal(_server.Url("/hop/4"), ok.FinalUri);
        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(new FetchRequest(_server.Url("/hop/0")), CancellationToken.None));
        Assert.StartsWith("more than 2 redirects", ex.Reason);
    }

    [Fact]
    public async Task Robots_txt_disallow_is_respected()
    {
        ServeStory(0);
        _server.Text("/private/1", Site.Article("Закрыто", Site.Stories[1]));
        _server.Text("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain");
        _server.Text("/rss", Site.Rss("Р", Item(0), ("p1", _server.Url("/private/1").AbsoluteUri, "Закрыто", null)), "application/rss+xml");

        var result = await _kg.PollAsync(_server.Url("/rss"));

        Assert.Equal((1, 1), (result.Stored, result.Failed));
        Assert.Equal(0, _server.Count("/private/1"));
        Assert.Equal(1, _server.Count("/robots.txt"));
    }

    [Fact]
    public async Task Windows_1251_pages_are_read_from_the_header_or_the_meta_charset()
    {
        var cp1251 = CodePagesEncoding();
        _server.Bytes("/news/0", cp1251.GetBytes(Site.Article("Новость 0", Site.Stories[0])), "text/html; charset=windows-1251");
        _server.Bytes("/news/1", cp1251.GetBytes(Site.Article("Новость 1", Site.Stories[1], charsetMeta: "windows-1251")), "text/html");
        _server.Text("/rss", Site.Rss("Р", Item(0), Item(1)), "application/rss+xml");

        var result = await _kg.PollAsync(_server.Url("/rss"));

        Assert.Equal(2, result.Stored);
        var texts = _kg.Store.ReadAll().Articles.Select(a => _kg.Store.ArticleText(a.Key)!).ToList();
        Assert.Contains(texts, t => t.Contains("Арман Жолдасбеков встретился в Астане", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Ниной Квеселава", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Requests_to_one_host_never_overlap_and_keep_the_minimum_delay()
    {
        using var kg = new Harness(("Fetch:MinDelaySeconds", "0.2"));
        for (var n = 0; n < 3; n++)
        {
            ServeStory(n);
        }

        _server.Text("/a", Site.Rss("A", Item(0), Item(1)), "application/rss+xml");
        _server.Text("/b", Site.Rss("B", Item(2)), "application/rss+xml");

        await Task.WhenAll(kg.PollAsync(_server.Url("/a"), "A"), kg.PollAsync(_server.Url("/b"), "B"));

        Assert.Equal(1, _server.MaxConcurrent);
        var starts = _server.Requests.Select(r => r.At).Order().ToList();
        Assert.True(starts.Count >= 6, string.Join(", ", _server.Requests.Select(r => r.Path)));
        Assert.All(starts.Zip(starts.Skip(1)), p => Assert.True(p.Second - p.First >= TimeSpan.FromMilliseconds(190), $"{p.First:O} -> {p.Second:O}"));
    }

    [Fact]
    public async Task Cancelling_during_a_page_fetch_loses_nothing_and_a_rerun_does_not_duplicate()
    {
        ServeStory(1); // undated items are taken oldest first: the last listed, /news/1, before /news/0
        var release = new TaskCompletionSource();
        var arrived = new TaskCompletionSource();
        var page = Encoding.UTF8.GetBytes(Site.Article("Новость 0", Site.Stories[0]));
        _server.Map("/news/0", async ctx =>
        {
            arrived.TrySetResult();
            await release.Task;
            ctx.Response.ContentType = "text/html; charset=utf-8";
            await ctx.Response.OutputStream.WriteAsync(page);
        });
        _server.Text("/rss", Site.Rss("Р", Item(0), Item(1)), "application/rss+xml", etag: "\"e\"");

        using var stop = new CancellationTokenSource();
        var poll = _kg.PollAsync(_server.Url("/rss"), cancellationToken: stop.Token);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => poll);
        release.SetResult();

        Assert.Equal(1, _kg.Store.Counts().Articles);
        Assert.Null(_kg.Store.Feed(_server.Url("/rss").AbsoluteUri)?.ETag);
        var rerun = await _kg.PollAsync(_server.Url("/rss"));
        Assert.Equal((1, 1), (rerun.NewItems, rerun.Stored));
        var again = await _kg.PollAsync(_server.Url("/rss"));
        Assert.True(again.NotModified);
        Assert.Equal(2, _kg.Store.Counts().Articles);
    }

    [Fact]
    public async Task Only_http_and_https_links_are_fetched()
    {
        _server.Text("/rss", Site.Rss("Р", ("f", "ftp://127.0.0.1/news/0", "ФТП", null)), "application/rss+xml");
        var result = await _kg.PollAsync(_server.Url("/rss"));
        Assert.Equal(1, result.Failed);
    }

    private static Task Redirect(System.Net.HttpListenerContext ctx, string to)
    {
        ctx.Response.StatusCode = 302;
        ctx.Response.RedirectLocation = to;
        return Task.CompletedTask;
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1251);
    }
}
