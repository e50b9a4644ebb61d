using System.CommandLine;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Cli.Service;
using KnowledgeGraph.Cypher;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Hosting;

/// <summary>
/// Runs one verb inside a host: the configuration is checked (unknown keys, values, options)
/// and the templates loaded before any work; every failure ends the command through
/// <see cref="Failures"/> with one clear line and its exit code. Ctrl+C and SIGTERM stop the
/// verb with exit code 130.
/// </summary>
public static class VerbRunner
{
    public static Task<int> RunAsync(
        ParseResult parse,
        bool longRunning,
        Func<IServiceProvider, CancellationToken, Task<int>>? verb,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string?>? settings = null,
        bool preloadExtractor = false,
        bool fetches = false) =>
        Failures.GuardAsync(() => RunInHostAsync(parse, longRunning, verb, cancellationToken, settings, preloadExtractor, fetches), parse.GetValue(GlobalOptions.Verbose));

    private static async Task<int> RunInHostAsync(
        ParseResult parse, bool longRunning, Func<IServiceProvider, CancellationToken, Task<int>>? verb, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? settings, bool preloadExtractor, bool fetches)
    {
        var overrides = GlobalOptions.Overrides(parse, longRunning);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        using var stop = new StopSignal(cancellationToken);
        using var host = KgHost.Build(overrides, runServices: longRunning, stop, preloadExtractor ? ExtractorPreload.Start : null, fetches);

        // Options validated and templates checked as at start-up, before any work.
        host.Services.GetService<IStartupValidator>()?.Validate();
        _ = host.Services.GetRequiredService<TemplateCatalog>();
        StartupTrace.Mark("settings-checked");
        if (verb is not null)
        {
            var code = await verb(host.Services, stop.Token).ConfigureAwait(false);
            return stop.Signalled && code == ExitCodes.Ok ? ExitCodes.Stopped : code;
        }

        var failure = host.Services.GetRequiredService<ServiceFailure>();
        await host.RunAsync(stop.Token).ConfigureAwait(false);
        if (failure.Error is { } error)
        {
            throw error;
        }

        return stop.Signalled ? ExitCodes.Stopped : ExitCodes.Ok;
    }

    /// <summary>The store for verbs that write (ingest, sync): created when missing, checked before writing.</summary>
    public static GraphStore OpenStore(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<Options.StoreOptions>>().Value;
        return GraphStore.Open(options.Path, options.Tuning);
    }

    /// <summary>The store for verbs that only read (lookup, path, export, status): never created, opened read-only.</summary>
    public static GraphStore OpenStoreForReading(IServiceProvider services) =>
        GraphStore.OpenRead(services.GetRequiredService<IOptions<Options.StoreOptions>>().Value.Path);
}
