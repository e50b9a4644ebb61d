using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using AngleSharp.Html.Parser;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Feeds;
using KnowledgeGraph.Feeds.Options;
using KnowledgeGraph.Feeds.Pages;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Texts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Cli.Bench;

/// <summary>
/// The whole feed path against a server on 127.0.0.1 started here: one RSS feed of N items, each a
/// ~3 KB article page with a cookie banner, navigation and a sidebar around the body; fetched
/// (no per-host delay: the politeness delay would measure only itself), main text extracted,
/// graph extracted, stored. The main-text step is then timed alone on the same pages, for its share.
/// </summary>
public static class FeedBench
{
    public static string Run(ArticlePipeline pipeline, IReadOnlyList<SourceArticle> samples, int items, string storePath)
    {
        var pages = Enumerable.Range(0, items).Select(i => Encoding.UTF8.GetBytes(Page(BenchCorpus.Article(samples, i)))).ToList();
        using var listener = Listen(out var port);
        using var stop = new CancellationTokenSource();
        var feed = Encoding.UTF8.GetBytes(Rss(port, items));
        var serving = Task.Run(() => ServeAsync(listener, feed, pages, stop.Token));
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Fetch:MinDelaySeconds"] = "0" }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddSingleton<IArticleSink>(new PipelineArticleSink(pipeline));
        using var provider = services.AddFeedFollowing(config).BuildServiceProvider();
        using var store = GraphStore.Open(storePath);
        var poller = provider.GetRequiredService<FeedPoller>();

        var sw = Stopwatch.StartNew();
        var result = poller.PollAsync(new FeedOptions { Url = $"http://127.0.0.1:{port}/rss", Name = "bench", PollSeconds = 60 }, store, CancellationToken.None).GetAwaiter().GetResult();
        var whole = sw.Elapsed;
        stop.Cancel();
        listener.Stop();
        serving.Wait(TimeSpan.FromSeconds(5));
        if (result.Stored != items)
        {
            return Messages.Current.BenchFeedShort(result.Stored, items, result.ToString());
        }

        var mainText = TimeMainText(pages, port);
        return Messages.Current.BenchFeedFigure(items, whole, mainText);
    }

    /// <summary>Decoding, parsing and main-text extraction alone, as the path does them, on the same pages.</summary>
    private static TimeSpan TimeMainText(List<byte[]> pages, int port)
    {
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < pages.Count; i++)
        {
            var html = PageDecoder.Decode(pages[i], "utf-8");
            MainText.Extract(new HtmlParser().ParseDocument(html), html, new Uri($"http://127.0.0.1:{port}/p/{i}"), null);
        }

        return sw.Elapsed;
    }

    private static string Page(SourceArticle a)
    {
        var paragraphs = string.Concat(a.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>\n"));
        return $"""
            <!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(a.Title)} | Лента</title></head><body>
            <div class="cookie-banner"><p>Сайт использует файлы cookie.</p><button>Принять</button></div>
            <header><nav><ul><li><a href="/">Главная</a></li><li><a href="/politics">Политика</a></li><li><a href="/economy">Экономика</a></li></ul></nav></header>
            <main><article><h1>{WebUtility.HtmlEncode(a.Title)}</h1><div class="body">{paragraphs}</div></article></main>
            <aside><h3>Читайте также</h3><ul><li><a href="/a">Погода</a></li><li><a href="/b">Курсы валют</a></li></ul></aside>
            <footer><p>Все права защищены.</p></footer></body></html>
            """;
    }

    private static string Rss(int port, int items) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>bench</title>"
        + string.Concat(Enumerable.Range(0, items).Select(i => $"<item><title>{i}</title><link>http://127.0.0.1:{port}/p/{i}</link><guid>b-{i}</guid></item>"))
        + "</channel></rss>";

    private static HttpListener Listen(out int port)
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        return listener;
    }

    private static async Task ServeAsync(HttpListener listener, byte[] feed, List<byte[]> pages, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var path = ctx.Request.Url!.AbsolutePath;
            var body = path == "/rss" ? feed
                : path.StartsWith("/p/", StringComparison.Ordinal) && int.TryParse(path[3..], out var i) && i < pages.Count ? pages[i] : null;
            ctx.Response.StatusCode = body is null ? 404 : 200;
            ctx.Response.ContentType = path == "/rss" ? "application/rss+xml" : "text/html; charset=utf-8";
            if (body is not null)
            {
                ctx.Response.ContentLength64 = body.Length;
                await ctx.Response.OutputStream.WriteAsync(body, stop).ConfigureAwait(false);
            }

            ctx.Response.Close();
        }
    }
}
