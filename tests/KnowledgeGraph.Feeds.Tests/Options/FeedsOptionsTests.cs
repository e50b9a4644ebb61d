using KnowledgeGraph.Feeds.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Feeds.Tests.Options;

public sealed class FeedsOptionsTests
{
    private static ServiceProvider Services(IConfiguration config)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddFeedFollowing(config);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Feeds_bind_as_a_list_from_colon_keys_and_double_underscore_variables()
    {
        Environment.SetEnvironmentVariable("KGFEEDSTEST_Feeds__0__Url", "http://127.0.0.1:9/rss");
        Environment.SetEnvironmentVariable("KGFEEDSTEST_Feeds__0__PollSeconds", "120");
        var config = new ConfigurationBuilder()
            .AddEnvironmentVariables("KGFEEDSTEST_")
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Feeds:1:Url"] = "https://127.0.0.1/atom", ["Feeds:1:Name"] = "Лента", ["Feeds:1:Selector"] = "article .body" })
            .Build();
        using var sp = Services(config);

        var feeds = sp.GetRequiredService<IOptions<FeedsOptions>>().Value.Items;

        Assert.Equal(2, feeds.Count);
        Assert.Equal(("http://127.0.0.1:9/rss", 120.0, "127.0.0.1", null), (feeds[0].Url, feeds[0].PollSeconds, feeds[0].DisplayName, feeds[0].Selector));
        Assert.Equal(("Лента", 300.0, "article .body"), (feeds[1].DisplayName, feeds[1].PollSeconds, feeds[1].Selector));
    }

    [Fact]
    public void Each_wrong_feed_setting_is_named()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Feeds:0:Url"] = "ftp://127.0.0.1/rss",
            ["Feeds:1:Url"] = "http://127.0.0.1/rss",
            ["Feeds:1:PollSeconds"] = "0",
            ["Feeds:2:Url"] = "http://127.0.0.1/rss",
            ["Feeds:2:Selector"] = "div[[",
            ["Feeds:3:Name"] = "без адреса",
        }).Build();
        using var sp = Services(config);

        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<FeedsOptions>>().Value);

        Assert.Contains(ex.Failures, f => f.StartsWith("Feeds:0:Url must be an absolute http or https address", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.StartsWith("Feeds:1:PollSeconds must be between 1", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.StartsWith("Feeds:2:Url repeats", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.StartsWith("Feeds:2:Selector is not a valid CSS selector", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.StartsWith("Feeds:3:Url must be", StringComparison.Ordinal));
    }

    [Fact]
    public void Fetch_settings_are_range_checked()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Fetch:MinDelaySeconds"] = "-1" }).Build();
        using var sp = Services(config);
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<FetchOptions>>().Value);
        Assert.Contains(ex.Failures, f => f.Contains("Fetch:MinDelaySeconds must be between 0 and 3600.", StringComparison.Ordinal));
    }
}
