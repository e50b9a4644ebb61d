using System.CommandLine;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Cli.Hosting;

namespace KnowledgeGraph.Cli;

/// <summary>The verbs of kg; with no verb, kg runs the service.</summary>
public static class KgCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("kg: turns news articles into a knowledge graph (embedded SQLite store, Neo4j optional).")
        {
            GlobalOptions.Store,
            GlobalOptions.Set,
            GlobalOptions.Verbose,
            GlobalOptions.Lang,
            RunCommand.Inbox,
            IngestCommand.Create(),
            ExtractCommand.Create(),
            RunCommand.Create(),
            LookupCommand.Create(),
            PathCommand.Create(),
            ExportCommand.Create(),
            StatusCommand.Create(),
            SyncCommand.Create(),
            BenchCommand.Create(),
        };
        root.SetAction(RunCommand.RunAsync);
        return root;
    }

    /// <summary>
    /// Parses and runs. A command-line mistake (unknown verb or option, a missing or bad value)
    /// is one line on standard error and exit code 2; Ctrl+C and SIGTERM are handled by the verbs.
    /// </summary>
    public static async Task<int> InvokeAsync(string[] args)
    {
        var parse = Create().Parse(args);
        if (parse.Errors.Count > 0)
        {
            var first = System.Text.RegularExpressions.Regex.Replace(parse.Errors[0].Message, @"\s+", " ").Trim();
            await Console.Error.WriteLineAsync($"error: {TerminalText.Safe(first)} (kg --help lists the verbs, kg VERB --help their options)").ConfigureAwait(false);
            return ExitCodes.BadUsage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }).ConfigureAwait(false);
    }
}
