using System.Text.RegularExpressions;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>Lookup and path tables are as wide as the terminal (COLUMNS here): never a line past it; a long evidence sentence whole on a wide one, cut with an ellipsis on a narrow one.</summary>
public class TableWidthTests
{
    private const string LongSentence =
        "КАЗИНФОРМ - Заместитель Министра экологии Казахстана Динара Садыкова приняла участие в работе Форума по водным ресурсам, организованного Организацией Объединенных Наций.";

    [Theory]
    [InlineData(80)]
    [InlineData(200)]
    public async Task Lookup_and_path_tables_fit_the_width(int columns)
    {
        using var dir = new TempDir();
        Assert.Equal(0, (await KgProcess.RunAsync(dir.Path, "ingest", RepoPaths.SampleArticles)).ExitCode);

        var lookup = await RunAtWidth(dir.Path, columns, "lookup", "Казахстан");
        Assert.True(lookup.ExitCode == 0, lookup.ToString());
        var path = await RunAtWidth(dir.Path, columns, "path", "Динара Садыкова", "Казахстан");
        Assert.True(path.ExitCode == 0, path.ToString());
        foreach (var output in new[] { lookup.Stdout, path.Stdout })
        {
            var tooLong = output.Split('\n').Where(l => l.TrimEnd('\r').Length > columns).ToList();
            Assert.True(tooLong.Count == 0, $"lines past {columns} columns:\n" + string.Join("\n", tooLong));
        }

        var evidence = EvidenceColumn(lookup.Stdout);
        if (columns >= 200)
        {
            Assert.Contains(LongSentence, evidence, StringComparison.Ordinal);
            Assert.Contains(LongSentence, EvidenceColumn(path.Stdout), StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain(LongSentence, evidence, StringComparison.Ordinal);
            Assert.Contains("КАЗИНФОРМ - Заместитель Министра", evidence, StringComparison.Ordinal);
            Assert.Contains("…", evidence, StringComparison.Ordinal);
        }
    }

    private static Task<KgResult> RunAtWidth(string dir, int columns, params string[] args)
    {
        var psi = KgProcess.StartInfo(dir, args);
        psi.Environment["COLUMNS"] = columns.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return KgProcess.RunAsync(psi);
    }

    /// <summary>The last column of every table row, joined: wrapped cells read as one text again.</summary>
    private static string EvidenceColumn(string output)
    {
        var parts = output.Split('\n')
            .Select(l => l.Split('│'))
            .Where(cells => cells.Length >= 6)
            .Select(cells => cells[^2].Trim());
        return Regex.Replace(string.Join(" ", parts), @"\s+", " ");
    }
}
