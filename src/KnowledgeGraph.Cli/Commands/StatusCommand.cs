using System.CommandLine;
using KnowledgeGraph.Cli.Hosting;
using KnowledgeGraph.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg status</c>: what the store holds and how many articles wait for Neo4j.</summary>
public static class StatusCommand
{
    public static Command Create()
    {
        var command = new Command("status", "Show the store's counts and the backlog of articles not yet sent to Neo4j.");
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse, false, (services, _) =>
        {
            using var store = VerbRunner.OpenStore(services);
            var c = store.Counts();
            Console.Out.WriteLine($"store:         {store.Path}");
            Console.Out.WriteLine($"articles:      {c.Articles}");
            Console.Out.WriteLine($"entities:      {c.Entities}");
            Console.Out.WriteLine($"relationships: {c.Relationships}");
            Console.Out.WriteLine($"mentions:      {c.Mentions}");
            var neo4j = services.GetRequiredService<IOptions<Neo4jOptions>>().Value;
            Console.Out.WriteLine($"neo4j:         {(neo4j.Enabled ? neo4j.ToString() : "not configured (set Neo4j:Uri)")}");
            Console.Out.WriteLine($"neo4j backlog: {c.PendingSync} articles not yet sent");
            var oldest = store.PendingSync(DateTimeOffset.UtcNow, 1, ignoreBackoff: true).FirstOrDefault();
            if (oldest?.LastError is { } error)
            {
                Console.Out.WriteLine($"last error:    {error} ({oldest.Attempts} attempts, next at {oldest.NextTryAt:u})");
            }

            FeedStatusLines.Write(store, services);
            return Task.FromResult(ExitCodes.Ok);
        }, ct));
        return command;
    }
}
