using System.Diagnostics;
using System.Text;
using KnowledgeGraph.Feeds.Tests.Support;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>kg run following a feed on a local server, kg ingest URL and kg status, as a user runs them.</summary>
public sealed class FeedServiceTests : IDisposable
{
    private readonly LocalServer _server = new();
    private readonly TempDir _dir = new();

    public void Dispose()
    {
        _server.Dispose();
        _dir.Dispose();
    }

    private string StorePath => Path.Combine(_dir.Path, "kg-data", "graph.db");

    private (string, string, string, string?) Item(int n) => ($"guid-{n}", _server.Url($"/news/{n}").AbsoluteUri, $"Новость {n}", null);

    [Fact]
    public async Task SIGTERM_during_a_page_fetch_loses_nothing_and_a_rerun_does_not_duplicate()
    {
        // Undated items are taken oldest first, that is from the end of the feed: 2, 1, then 0 (held).
        _server.Text("/news/2", Site.Article("Новость 2", Site.Stories[2]));
        _server.Text("/news/1", Site.Article("Новость 1", Site.Stories[1]));
        var held = new TaskCompletionSource();
        var arrived = new TaskCompletionSource();
        var page0 = Encoding.UTF8.GetBytes(Site.Article("Новость 0", Site.Stories[0]));
        _server.Map("/news/0", async ctx =>
        {
            arrived.TrySetResult();
            await held.Task;
            ctx.Response.ContentType = "text/html; charset=utf-8";
            await ctx.Response.OutputStream.WriteAsync(page0);
        });
        _server.Text("/rss", Site.Rss("Вестник", Item(0), Item(1), Item(2)), "application/rss+xml");

        var first = await RunUntilAsync(() => arrived.Task);
        Assert.True(first.ExitCode == 130, first.Stderr);
        Assert.Equal(2, Articles());

        held.SetResult();
        var second = await RunUntilAsync(async () => { while (Articles() < 3) { await Task.Delay(100); } });
        Assert.True(second.ExitCode == 130, second.Stderr);
        using (var store = GraphStore.Open(StorePath))
        {
            Assert.Equal(3, store.Counts().Articles);
            Assert.Equal(3, store.Feed(_server.Url("/rss").AbsoluteUri)!.ItemsSeen);
        }

        Assert.Equal(1, _server.Count("/news/1"));
        Assert.Equal(1, _server.Count("/news/2"));
        var status = await KgProcess.RunAsync(_dir.Path, "status", "--set", $"Feeds:0:Url={_server.Url("/rss")}", "--set", "Feeds:0:Name=Вестник");
        Assert.Contains($"  Вестник ({_server.Url("/rss")}): last poll ", status.Stdout, StringComparison.Ordinal);
        Assert.Contains("3 items seen, ok; next poll", status.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kg_ingest_URL_fetches_one_page_and_reports_a_failure_in_one_line()
    {
        _server.Text("/news/3", Site.Article("Новость 3", Site.Stories[3], publishedMeta: "2026-06-01T10:00:00+06:00"));
        var url = _server.Url("/news/3").AbsoluteUri;

        var first = await KgProcess.RunAsync(_dir.Path, "ingest", url, "--set", "Fetch:MinDelaySeconds=0");
        var again = await KgProcess.RunAsync(_dir.Path, "ingest", url, "--set", "Fetch:MinDelaySeconds=0");
        var missing = await KgProcess.RunAsync(_dir.Path, "ingest", _server.Url("/gone").AbsoluteUri, "--set", "Fetch:MinDelaySeconds=0");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("1 stored", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 skipped (already stored)", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains($"error: {_server.Url("/gone")}: HTTP 404 Not Found", missing.Stderr, StringComparison.Ordinal);
        using var store = GraphStore.Open(StorePath);
        var article = store.ReadAll().Articles.Single();
        Assert.Equal((url, "2026-06-01T10:00:00+06:00"), (article.Url, article.Published));
    }

    [Fact]
    public async Task A_wrong_feed_setting_stops_kg_run_before_any_work()
    {
        var result = await KgProcess.RunAsync(_dir.Path, "run", "--set", "Feeds:0:Url=ftp://127.0.0.1/rss");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Feeds:0:Url must be an absolute http or https address", result.Stderr, StringComparison.Ordinal);
    }

    private int Articles()
    {
        if (!File.Exists(StorePath))
        {
            return 0;
        }

        using var store = GraphStore.Open(StorePath);
        return store.Counts().Articles;
    }

    /// <summary>kg run following the feed (set through Feeds__0__Url, as an environment would), stopped by SIGTERM once <paramref name="until"/> is done.</summary>
    private async Task<KgResult> RunUntilAsync(Func<Task> until)
    {
        var psi = KgProcess.StartInfo(_dir.Path, "run", "--inbox", Path.Combine(_dir.Path, "inbox"),
            "--set", "Feeds:0:Name=Вестник", "--set", "Feeds:0:PollSeconds=1", "--set", "Fetch:MinDelaySeconds=0");
        psi.Environment["Feeds__0__Url"] = _server.Url("/rss").AbsoluteUri;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        try
        {
            await until().WaitAsync(TimeSpan.FromSeconds(90));
        }
        finally
        {
            using (var kill = Process.Start("kill", ["-TERM", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await p.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        }

        return new KgResult(p.ExitCode, await stdout, await stderr);
    }
}
