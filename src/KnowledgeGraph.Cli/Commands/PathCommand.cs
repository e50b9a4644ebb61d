using System.CommandLine;
using System.Text.Json;
using KnowledgeGraph.Cli.Hosting;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg path A B [--json]</c>: the shortest chains of relationships between two entities.</summary>
public static class PathCommand
{
    public static Command Create()
    {
        var from = LookupCommand.NameArgument("from", "The first entity (name or alias).");
        var to = LookupCommand.NameArgument("to", "The second entity (name or alias).");
        var hops = new Option<int>("--max-hops") { Description = "The longest chain looked for (1-20, default 6).", DefaultValueFactory = _ => 6 };
        InputOptions.Range(hops, 1, 20);
        var command = new Command("path", "Show the shortest chains of relationships between two entities (MENTIONS not followed).") { from, to, hops, LookupCommand.Json };
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse, false, (services, _) => Task.FromResult(
            Run(services, parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(hops), parse.GetValue(LookupCommand.Json))), ct));
        return command;
    }

    private static int Run(IServiceProvider services, string fromName, string toName, int maxHops, bool json)
    {
        using var store = VerbRunner.OpenStoreForReading(services);
        var a = store.FindEntities(fromName, 1).FirstOrDefault();
        var b = store.FindEntities(toName, 1).FirstOrDefault();
        if (a is null || b is null)
        {
            Console.Error.WriteLine($"no entity matches '{TerminalText.Safe(a is null ? fromName : toName)}'");
            return ExitCodes.NotFound;
        }

        var paths = GraphPaths.Shortest(store.AllRelationships(), a.Key, b.Key, maxHops);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string Name(string key) => names.TryGetValue(key, out var n) ? n : names[key] = store.Entity(key)?.Name ?? key;
        var views = paths.Select(p => p.Select(s => new PathHop(
            Name(s.Forward ? s.Relationship.Start : s.Relationship.End),
            s.Relationship.Type,
            s.Forward ? "out" : "in",
            Name(s.Forward ? s.Relationship.End : s.Relationship.Start),
            s.Relationship.Evidence.FirstOrDefault()?.Text)).ToList()).ToList();

        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new { from = a.Name, to = b.Name, paths = views }, GraphJson.Options));
        }
        else if (views.Count == 0)
        {
            Console.Out.WriteLine($"no chain of at most {maxHops} relationships between {TerminalText.Safe(a.Name)} and {TerminalText.Safe(b.Name)}");
        }
        else
        {
            foreach (var (path, i) in views.Select((p, i) => (p, i)))
            {
                var table = new Table().Border(TableBorder.Rounded).Title($"path {i + 1} ({path.Count} hops)")
                    .AddColumn("From").AddColumn("Relationship").AddColumn("To").AddColumn("Evidence");
                foreach (var hop in path)
                {
                    table.AddRow(LookupTable.Cell(hop.From), LookupTable.Cell($"{(hop.Direction == "out" ? "->" : "<-")} {hop.Type}"), LookupTable.Cell(hop.To), LookupTable.Cell(LookupTable.Shorten(hop.Evidence ?? string.Empty)));
                }

                AnsiConsole.Write(table);
            }
        }

        return views.Count == 0 ? ExitCodes.NotFound : ExitCodes.Ok;
    }
}

/// <summary>One hop of a path: from, type, direction ("out": the relationship points from From to To; "in": the other way, as in lookup), to, and the evidence sentence.</summary>
public sealed record PathHop(string From, string Type, string Direction, string To, string? Evidence);
