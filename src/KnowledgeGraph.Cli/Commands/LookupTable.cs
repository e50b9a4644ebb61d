using KnowledgeGraph.Cli.Hosting;
using KnowledgeGraph.Texts;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Draws a lookup result as tables (Spectre.Console) as wide as the terminal (<see cref="TableWidth"/>).</summary>
internal static class LookupTable
{
    public static void Write(LookupResult result)
    {
        var m = Messages.Current;
        var width = TableWidth.Apply();
        var e = result.Entity;
        var head = new Table().Border(TableBorder.Rounded).AddColumn(m.Field).AddColumn(m.Value);
        head.AddRow(m.Name, Cell(e.Name));
        head.AddRow(m.LabelColumn, Cell(e.Label));
        head.AddRow(m.Key, Cell(e.Key));
        head.AddRow(m.Aliases, Cell(string.Join(", ", e.Aliases)));
        head.AddRow(m.Mentions, e.MentionCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (k, v) in e.Properties)
        {
            head.AddRow(Cell(k), Cell(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
        }

        AnsiConsole.Write(head);
        var rows = result.Relationships.Select(r => (
            Arrow: r.Direction == "out" ? "->" : "<-",
            r.Type,
            Other: $"{r.OtherName} ({r.OtherLabel})",
            r.Evidence)).ToList();
        var budget = TableWidth.EvidenceBudget(
            width,
            Math.Max(m.Direction.Length, 2),
            rows.Select(x => x.Type.Length).Append(m.Type.Length).Max(),
            rows.Select(x => x.Other.Length).Append(m.OtherEnd.Length).Max());
        var rels = new Table().Border(TableBorder.Rounded).AddColumn(m.Direction).AddColumn(m.Type).AddColumn(m.OtherEnd).AddColumn(m.Evidence);
        foreach (var r in rows)
        {
            var more = r.Evidence.Count > 1 ? " " + m.MoreEvidence(r.Evidence.Count - 1) : string.Empty;
            var evidence = r.Evidence.Count == 0 ? string.Empty : TableWidth.Fit(TerminalText.Cell(r.Evidence[0].Text), budget - more.Length) + more;
            rels.AddRow(r.Arrow, Cell(r.Type), Cell(r.Other), Markup.Escape(evidence));
        }

        AnsiConsole.Write(rels);
        if (result.OtherMatches.Count > 0)
        {
            AnsiConsole.MarkupLine("[grey]" + Markup.Escape(m.OtherMatches) + "[/] " + Cell(string.Join(", ", result.OtherMatches.Select(x => $"{x.Name} ({x.Label})"))));
        }
    }

    /// <summary>Text for a cell: controls neutralised (see <see cref="TerminalText"/>), markup escaped.</summary>
    public static string Cell(string? text) => Markup.Escape(TerminalText.Cell(text));
}
