using System.Globalization;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// How wide kg's tables are: COLUMNS when set (a script or the user choosing), else the terminal's width, else
/// <see cref="Default"/> when the output goes to a file or a pipe. Evidence cells get what the other columns leave and
/// are cut with an ellipsis after <see cref="EvidenceLines"/> lines, so a table never runs past the width.
/// </summary>
internal static class TableWidth
{
    public const int Default = 100;
    public const int EvidenceLines = 3;
    private const int Narrowest = 40;

    /// <summary>The width tables are drawn at; also set as the console's width for Spectre.</summary>
    public static int Apply()
    {
        var width = Current();
        AnsiConsole.Profile.Width = width;
        return width;
    }

    public static int Current()
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns >= Narrowest)
        {
            return Math.Min(columns, 1000);
        }

        if (!Console.IsOutputRedirected)
        {
            try
            {
                var w = Console.WindowWidth;
                if (w >= Narrowest)
                {
                    return w;
                }
            }
            catch (IOException)
            {
                // No terminal after all: the default below.
            }
        }

        return Default;
    }

    /// <summary>
    /// The characters an evidence cell may hold in a table <paramref name="width"/> wide whose other columns need
    /// <paramref name="otherColumns"/> characters each (longest cell): at least a third of the width, times the lines allowed.
    /// </summary>
    public static int EvidenceBudget(int width, params int[] otherColumns)
    {
        var borders = 3 * (otherColumns.Length + 1) + 1;
        var column = Math.Max(width / 3, width - borders - otherColumns.Sum());
        return column * EvidenceLines;
    }

    /// <summary>The text whole when it fits <paramref name="budget"/>, else cut at a word with an ellipsis.</summary>
    public static string Fit(string text, int budget)
    {
        if (text.Length <= budget)
        {
            return text;
        }

        var cut = text[..(budget - 1)];
        var space = cut.LastIndexOf(' ');
        return (space > budget / 2 ? cut[..space] : cut).TrimEnd() + "…";
    }
}
