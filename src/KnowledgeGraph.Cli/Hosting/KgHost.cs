using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Cli.Service;
using KnowledgeGraph.Cypher;
using KnowledgeGraph.Feeds;
using KnowledgeGraph.Feeds.Options;
using KnowledgeGraph.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Hosting;

/// <summary>
/// Builds the host every verb runs in: configuration from appsettings.json (beside the program,
/// then in the working directory), user secrets, environment variables and the command line;
/// unknown keys refused (<see cref="ConfigurationKeys"/>), options validated at start; logs to standard error so standard output stays for results.
/// </summary>
public static class KgHost
{
    /// <param name="configured">Called once the configuration is assembled and its keys checked, before the host is built.</param>
    /// <param name="fetches">The verb fetches pages (the service always may): the HTTP client and the poller are registered.</param>
    public static IHost Build(IReadOnlyDictionary<string, string?> overrides, bool runServices, StopSignal stop, Action<IConfiguration>? configured = null, bool fetches = false)
    {
        // Without the host's defaults: they add what kg never uses (DOTNET_-prefixed variables as configuration,
        // appsettings.{Environment}.json, the environment variables a second time, the Debug and EventSource loggers, Metrics
        // settings, scope checks in Development), and watch appsettings.json for changes in one-shot verbs too.
        // The sources the README names are added here, in its order.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = true,
        });

        // Only the service lives long enough for a change of the file beside the program to matter (its log levels).
        builder.Configuration.AddJsonFile("appsettings.json", optional: true, reloadOnChange: runServices);
        var cwdSettings = Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json");
        if (!string.Equals(Path.GetFullPath(cwdSettings), Path.Combine(AppContext.BaseDirectory, "appsettings.json"), StringComparison.Ordinal))
        {
            builder.Configuration.AddJsonFile(cwdSettings, optional: true, reloadOnChange: false);
        }

        builder.Configuration.AddUserSecrets(typeof(KgHost).Assembly, optional: true);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection(overrides);
        ConfigurationKeys.CheckSources(builder.Configuration);
        StartupTrace.Mark("configuration-assembled");
        configured?.Invoke(builder.Configuration);

        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.SpanId | ActivityTrackingOptions.TraceId | ActivityTrackingOptions.ParentId);
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddSingleton(stop);
        Register(builder.Services, builder.Configuration, fetches: runServices || fetches);
        if (runServices)
        {
            builder.Services.AddHostedService<InboxWatcher>();
            if (builder.Configuration.GetSection(FeedsOptions.Section).GetChildren().Any())
            {
                builder.Services.AddHostedService<FeedWatcher>();
            }

            if (builder.Configuration.GetSection(Neo4jOptions.Section).Get<Neo4jOptions>()?.Enabled == true)
            {
                builder.Services.AddHostedService<Neo4jSyncWorker>();
            }
        }

        var host = builder.Build();
        StartupTrace.Mark("host-built");
        return host;
    }

    private static void Register(IServiceCollection services, IConfiguration config, bool fetches)
    {
        services.AddOptions<StoreOptions>().Bind(config.GetSection(StoreOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IngestOptions>().Bind(config.GetSection(IngestOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Neo4jOptions>().Bind(config.GetSection(Neo4jOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<Neo4jOptions>, Neo4jUriRules>();
        services.AddSingleton<Neo4jSink>();
        services.AddOptions<ExtractionOptions>().Bind(config.GetSection(ExtractionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Commands.ExportOptions>().Bind(config.GetSection(Commands.ExportOptions.Section));
        services.AddSingleton<ServiceFailure>();
        services.AddSingleton<ExtractionDeadline>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => TemplateCatalog.LoadDefault());
        services.AddSingleton<ExtractorProvider>();
        services.AddSingleton<ArticlePipeline>();
        services.AddSingleton<InboxProcessor>();
        services.AddSingleton<IArticleSink, PipelineArticleSink>();
        // The feed settings are checked in every verb, as ever; the HTTP client and its resilience pipeline (a few dozen
        // services, Polly's generic registrations compiled at start) only where pages are fetched.
        services.AddFeedOptions(config);
        if (fetches)
        {
            services.AddFeedFetching();
        }
    }
}
