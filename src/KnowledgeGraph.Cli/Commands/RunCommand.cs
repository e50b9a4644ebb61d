using System.CommandLine;
using KnowledgeGraph.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg run</c> (the default): the hosted service that ingests articles as they arrive in the inbox.</summary>
public static class RunCommand
{
    public static Option<string?> Inbox { get; } = new("--inbox") { Description = "The folder to watch (default inbox/ in the working directory)." };

    public static Command Create()
    {
        var command = new Command("run", "Run as a service: ingest each article that arrives in the inbox; Ctrl+C or SIGTERM stops it.") { Inbox };
        command.SetAction(RunAsync);
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var overrides = GlobalOptions.Overrides(parse, longRunning: true);
        if (parse.GetValue(Inbox) is { Length: > 0 } inbox)
        {
            overrides["Ingest:Inbox"] = inbox;
        }

        using var host = KgHost.Build(overrides, runServices: true);
        try
        {
            _ = host.Services.GetRequiredService<KnowledgeGraph.Cypher.TemplateCatalog>();
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync("error: configuration: " + string.Join("; ", ex.Failures)).ConfigureAwait(false);
            return ExitCodes.BadUsage;
        }
        catch (KnowledgeGraph.Cypher.CypherTemplateException ex)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Unavailable;
        }

        return Environment.ExitCode;
    }
}
