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

    /// <summary>Parses and runs; Ctrl+C and SIGTERM are left to the host, which stops gracefully.</summary>
    public static Task<int> InvokeAsync(string[] args) =>
        Create().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
}
