using KnowledgeGraph.Cli.Hosting;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Draws a lookup result as tables (Spectre.Console); plain text when output is redirected.</summary>
internal static class LookupTable
{
    public static void Write(LookupResult result)
    {
        var e = result.Entity;
        var head = new Table().Border(TableBorder.Rounded).AddColumn("Field").AddColumn("Value");
        head.AddRow("Name", Cell(e.Name));
        head.AddRow("Label", Cell(e.Label));
        head.AddRow("Key", Cell(e.Key));
        head.AddRow("Aliases", Cell(string.Join(", ", e.Aliases)));
        head.AddRow("Mentions", e.MentionCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (k, v) in e.Properties)
        {
            head.AddRow(Cell(k), Cell(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
        }

        AnsiConsole.Write(head);
        var rels = new Table().Border(TableBorder.Rounded).AddColumn("Dir").AddColumn("Type").AddColumn("Other end").AddColumn("Evidence");
        foreach (var r in result.Relationships)
        {
            var arrow = r.Direction == "out" ? "->" : "<-";
            var evidence = r.Evidence.Count == 0 ? string.Empty : Shorten(r.Evidence[0].Text) + (r.Evidence.Count > 1 ? $" (+{r.Evidence.Count - 1} more)" : string.Empty);
            rels.AddRow(arrow, Cell(r.Type), Cell($"{r.OtherName} ({r.OtherLabel})"), Cell(evidence));
        }

        AnsiConsole.Write(rels);
        if (result.OtherMatches.Count > 0)
        {
            AnsiConsole.MarkupLine("[grey]Other matches:[/] " + Cell(string.Join(", ", result.OtherMatches.Select(m => $"{m.Name} ({m.Label})"))));
        }
    }

    /// <summary>Text for a cell: controls neutralised (see <see cref="TerminalText"/>), markup escaped.</summary>
    public static string Cell(string? text) => Markup.Escape(TerminalText.Cell(text));

    /// <summary>Long evidence sentences are cut in tables; --json gives them whole.</summary>
    public static string Shorten(string text, int max = 160) =>
        text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
