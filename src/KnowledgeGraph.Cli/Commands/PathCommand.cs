using System.CommandLine;
using KnowledgeGraph.Texts;
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
        var m = Messages.Current;
        var from = LookupCommand.NameArgument("from", m.HelpPathFrom);
        var to = LookupCommand.NameArgument("to", m.HelpPathTo);
        var hops = new Option<int>("--max-hops") { Description = m.HelpMaxHops, DefaultValueFactory = _ => 6 };
        InputOptions.Range(hops, 1, 20);
        var command = new Command("path", m.HelpPath) { from, to, hops, LookupCommand.Json };
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
            Console.Error.WriteLine(Messages.Current.NoEntityMatches(TerminalText.Safe(a is null ? fromName : toName)));
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
            Console.Out.WriteLine(Messages.Current.NoChain(maxHops, TerminalText.Safe(a.Name), TerminalText.Safe(b.Name)));
        }
        else
        {
            var m = Messages.Current;
            var width = TableWidth.Apply();
            foreach (var (path, i) in views.Select((p, i) => (p, i)))
            {
                var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(m.PathTitle(i + 1, path.Count)))
                    .AddColumn(m.From).AddColumn(m.Relationship).AddColumn(m.To).AddColumn(m.Evidence);
                var budget = TableWidth.EvidenceBudget(
                    width,
                    path.Select(h => h.From.Length).Append(m.From.Length).Max(),
                    path.Select(h => h.Type.Length + 3).Append(m.Relationship.Length).Max(),
                    path.Select(h => h.To.Length).Append(m.To.Length).Max());
                foreach (var hop in path)
                {
                    table.AddRow(
                        LookupTable.Cell(hop.From),
                        LookupTable.Cell($"{(hop.Direction == "out" ? "->" : "<-")} {hop.Type}"),
                        LookupTable.Cell(hop.To),
                        Markup.Escape(TableWidth.Fit(TerminalText.Cell(hop.Evidence), budget)));
                }

                AnsiConsole.Write(table);
            }
        }

        return views.Count == 0 ? ExitCodes.NotFound : ExitCodes.Ok;
    }
}

/// <summary>One hop of a path: from, type, direction ("out": the relationship points from From to To; "in": the other way, as in lookup), to, and the evidence sentence.</summary>
public sealed record PathHop(string From, string Type, string Direction, string To, string? Evidence);
