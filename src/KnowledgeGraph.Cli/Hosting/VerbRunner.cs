using System.CommandLine;
using System.Runtime.InteropServices;
using KnowledgeGraph.Cypher;
using KnowledgeGraph.Sources;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Hosting;

/// <summary>Exit codes of kg.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeFailed = 1;
    public const int BadUsage = 2;
    public const int NotFound = 3;
    public const int Unavailable = 4;
}

/// <summary>
/// Runs one verb inside a started host: configuration errors, a bad store or bad templates end
/// the command with one clear line on standard error and a non-zero exit code, before any work.
/// </summary>
public static class VerbRunner
{
    public static async Task<int> RunAsync(ParseResult parse, bool longRunning, Func<IServiceProvider, CancellationToken, Task<int>> verb, CancellationToken cancellationToken)
    {
        IHost host;
        try
        {
            host = KgHost.Build(GlobalOptions.Overrides(parse, longRunning), runServices: longRunning);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.BadUsage;
        }

        // Ctrl+C or SIGTERM: the article under way finishes, the verb stops; a second signal ends the process.
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => Stop(c, cts));
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => Stop(c, cts));
        cancellationToken = cts.Token;
        using (host)
        {
            try
            {
                if (!longRunning)
                {
                    // One-shot verbs: options validated and templates checked as at start-up, no hosted services.
                    host.Services.GetService<IStartupValidator>()?.Validate();
                }

                _ = host.Services.GetRequiredService<TemplateCatalog>();
                return await verb(host.Services, cancellationToken).ConfigureAwait(false);
            }
            catch (OptionsValidationException ex)
            {
                await Console.Error.WriteLineAsync("error: configuration: " + string.Join("; ", ex.Failures)).ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }
            catch (Exception ex) when (ex is CypherTemplateException or StoreException or ArticleReadException or DirectoryNotFoundException or FileNotFoundException)
            {
                await Console.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                return ExitCodes.Unavailable;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await Console.Error.WriteLineAsync("cancelled").ConfigureAwait(false);
                return 130;
            }
        }
    }

    private static void Stop(PosixSignalContext context, CancellationTokenSource cts)
    {
        context.Cancel = !cts.IsCancellationRequested;
        cts.Cancel();
    }

    public static GraphStore OpenStore(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<Options.StoreOptions>>().Value;
        return GraphStore.Open(options.Path, options.Tuning);
    }
}
