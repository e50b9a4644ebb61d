using System.CommandLine;
using KnowledgeGraph.Texts;
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
        var all = new Option<bool>("--all") { Description = Messages.Current.HelpSyncAll };
        var command = new Command("sync", Messages.Current.HelpSync) { all };
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse, false, (services, token) => RunAsync(services, parse.GetValue(all), token), ct));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, bool all, CancellationToken cancellationToken)
    {
        var sink = services.GetRequiredService<Neo4jSink>();
        if (!sink.Options.Enabled)
        {
            await Console.Error.WriteLineAsync(Messages.Current.ErrorPrefix + Messages.Current.Neo4jNotConfiguredForSync).ConfigureAwait(false);
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
            await Console.Out.WriteLineAsync(Messages.Current.SyncSummary(pass.Sent, sink.Options.Uri ?? string.Empty, pass.Failed, pass.Remaining)).ConfigureAwait(false);
            if (pass.LastError is not null)
            {
                await Console.Error.WriteLineAsync(Messages.Current.ErrorPrefix + pass.LastError).ConfigureAwait(false);
            }

            return pass.Unavailable ? ExitCodes.Unavailable : pass.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        }
        finally
        {
            await sink.DisposeAsync().ConfigureAwait(false);
        }
    }
}
