using System.CommandLine;
using KnowledgeGraph.Cli.Hosting;
using KnowledgeGraph.Neo4j;
using KnowledgeGraph.Texts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg status</c>: what the store holds and how many articles wait for Neo4j.</summary>
public static class StatusCommand
{
    public static Command Create()
    {
        var command = new Command("status", Messages.Current.HelpStatus);
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse, false, (services, _) =>
        {
            var messages = GlobalOptions.Messages(parse);
            using var store = VerbRunner.OpenStoreForReading(services);
            var c = store.Counts();
            var counts = new GraphCounts(c.Entities, c.Articles, c.Relationships, c.Mentions);
            var neo4j = services.GetRequiredService<IOptions<Neo4jOptions>>().Value;
            var lines = messages.StatusLines(store.Path, counts, c.PendingSync, neo4j.Enabled ? neo4j.ToString() : messages.Neo4jNotConfigured).ToList();
            var oldest = store.PendingSync(DateTimeOffset.UtcNow, 1, ignoreBackoff: true).FirstOrDefault();
            if (oldest?.LastError is { } error)
            {
                lines.Add(messages.LastError(error, oldest.Attempts, oldest.NextTryAt));
            }

            var column = lines.Max(l => l.Name.Length) + 2;
            foreach (var (name, value) in lines)
            {
                Console.Out.WriteLine((name + ":").PadRight(column) + value);
            }

            FeedStatusLines.Write(store, services);
            return Task.FromResult(ExitCodes.Ok);
        }, ct));
        return command;
    }
}
