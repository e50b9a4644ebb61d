using System.CommandLine;
using KnowledgeGraph.Bolt;
using KnowledgeGraph.Cli.Hosting;
using KnowledgeGraph.Cli.Service;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg sync</c>: sends to Neo4j every stored article it does not have yet.</summary>
public static class SyncCommand
{
    public static Command Create()
    {
        var all = new Option<bool>("--all") { Description = "Send every stored article again (after the Neo4j database was emptied, say)." };
        var command = new Command("sync", "Send the backlog of stored articles to Neo4j (Neo4j:Uri must be set).") { all };
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse, false, (services, token) => RunAsync(services, parse.GetValue(all), token), ct));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, bool all, CancellationToken cancellationToken)
    {
        var sink = services.GetRequiredService<Neo4jSink>();
        if (!sink.Options.Enabled)
        {
            await Console.Error.WriteLineAsync("error: Neo4j is not configured: set Neo4j:Uri (e.g. --set Neo4j:Uri=bolt://localhost:7687, or the environment variable Neo4j__Uri)").ConfigureAwait(false);
            return ExitCodes.BadUsage;
        }

        using var store = VerbRunner.OpenStore(services);
        if (all)
        {
            store.RequeueAll();
        }

        try
        {
            var pass = await sink.Sync.DrainAsync(store, ignoreBackoff: true, cancellationToken).ConfigureAwait(false);
            await Console.Out.WriteLineAsync($"{pass.Sent} sent to {sink.Options.Uri}, {pass.Failed} failed, {pass.Remaining} waiting").ConfigureAwait(false);
            if (pass.LastError is not null)
            {
                await Console.Error.WriteLineAsync("error: " + pass.LastError).ConfigureAwait(false);
            }

            return pass.Unavailable ? ExitCodes.Unavailable : pass.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        }
        finally
        {
            await sink.DisposeAsync().ConfigureAwait(false);
        }
    }
}
