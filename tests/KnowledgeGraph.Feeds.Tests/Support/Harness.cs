using KnowledgeGraph.Extraction;
using KnowledgeGraph.Feeds.Options;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Feeds.Tests.Support;

/// <summary>The sink of the real path: the extractor, then the store under the key of the text.</summary>
public sealed class ExtractingSink : IArticleSink
{
    private static readonly Lazy<ArticleExtractor> Extractor = new(ArticleExtractor.CreateDefault);

    public SinkResult Ingest(SourceArticle article, GraphStore store)
    {
        if (store.ContainsArticle(article.Key))
        {
            return new SinkResult(article.Key, true, null);
        }

        var saved = store.Save(article, Extractor.Value.Extract(article));
        return new SinkResult(article.Key, saved.AlreadyStored, null);
    }
}

/// <summary>
/// Feed following wired as kg wires it (the same registration), against a local server, a fresh
/// store, fast retries and no per-host delay unless a test asks for one.
/// </summary>
public sealed class Harness : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kg-feeds-" + Guid.NewGuid().ToString("N")[..12]);

    public Harness(params (string Key, string Value)[] settings)
    {
        Directory.CreateDirectory(_dir);
        var values = new Dictionary<string, string?>
        {
            ["Fetch:MinDelaySeconds"] = "0",
            ["Fetch:RetryDelaySeconds"] = "0.01",
            ["Fetch:TimeoutSeconds"] = "5",
            ["Fetch:Retries"] = "2",
        };
        foreach (var (k, v) in settings)
        {
            values[k] = v;
        }

        Configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IArticleSink, ExtractingSink>();
        services.AddFeedFollowing(Configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Store = GraphStore.Open(Path.Combine(_dir, "graph.db"));
    }

    public IConfiguration Configuration { get; }

    public GraphStore Store { get; }

    public FeedPoller Poller => _services.GetRequiredService<FeedPoller>();

    public IReadOnlyList<FeedOptions> Feeds => _services.GetRequiredService<IOptions<FeedsOptions>>().Value.Items;

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public Task<FeedPollResult> PollAsync(Uri url, string name = "Тест", string? selector = null, CancellationToken cancellationToken = default) =>
        Poller.PollAsync(new FeedOptions { Url = url.AbsoluteUri, Name = name, PollSeconds = 60, Selector = selector }, Store, cancellationToken);

    public void Dispose()
    {
        Store.Dispose();
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
