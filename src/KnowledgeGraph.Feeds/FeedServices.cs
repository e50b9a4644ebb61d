using System.Net;
using KnowledgeGraph.Feeds.Http;
using KnowledgeGraph.Feeds.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace KnowledgeGraph.Feeds;

/// <summary>Registers feed following: options (validated at start), the polite HTTP client with its resilience pipeline, the poller.</summary>
public static class FeedServices
{
    public static IServiceCollection AddFeedFollowing(this IServiceCollection services, IConfiguration configuration) =>
        services.AddFeedOptions(configuration).AddFeedFetching();

    /// <summary>The options of feeds and fetching alone, validated at start: for a program whose settings are checked even when it fetches nothing.</summary>
    public static IServiceCollection AddFeedOptions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<FeedsOptions>().Configure(o => configuration.GetSection(FeedsOptions.Section).Bind(o.Items)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FeedsOptions>, FeedsOptionsValidator>();
        services.AddOptions<FetchOptions>().Bind(configuration.GetSection(FetchOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>The HTTP client with its resilience pipeline and the poller, over the options <see cref="AddFeedOptions"/> registers.</summary>
    public static IServiceCollection AddFeedFetching(this IServiceCollection services)
    {
        services.AddSingleton(sp => new HostGate(TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<FetchOptions>>().Value.MinDelaySeconds), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new RobotsCache(sp.GetRequiredService<TimeProvider>(), UserAgent.ProductToken));
        services.AddHttpClient<PageFetcher>(client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan; // each attempt is limited by the resilience pipeline
                client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent.Value);
                client.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false, // followed by PageFetcher, each hop checked
                AutomaticDecompression = DecompressionMethods.All,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddResilienceHandler("kg-fetch", (builder, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<FetchOptions>>().Value;
                if (o.Retries > 0)
                {
                    builder.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = o.Retries,
                        Delay = TimeSpan.FromSeconds(o.RetryDelaySeconds),
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                    });
                }

                builder.AddTimeout(TimeSpan.FromSeconds(o.TimeoutSeconds));
            });
        services.AddTransient<FeedPoller>();
        return services;
    }
}
