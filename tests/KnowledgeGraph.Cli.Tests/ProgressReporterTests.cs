using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Cli.Pipeline;

namespace KnowledgeGraph.Cli.Tests;

public sealed class ProgressReporterTests
{
    private static IngestTally Tally(int stored, int skipped, int failed)
    {
        var t = new IngestTally();
        for (var i = 0; i < stored; i++)
        {
            t.Add(new ArticleOutcome("a", ArticleStatus.Stored, "k", 2, 3));
        }

        for (var i = 0; i < skipped; i++)
        {
            t.Add(new ArticleOutcome("b", ArticleStatus.AlreadyStored, "k"));
        }

        for (var i = 0; i < failed; i++)
        {
            t.Add(new ArticleOutcome("c", ArticleStatus.Failed, Error: "empty file"));
        }

        return t;
    }

    [Fact]
    public void The_bar_shows_counts_share_and_rate()
    {
        var p = new ProgressReporter("ingest", 10, interactive: true, new StringWriter());
        var line = p.Line(Tally(3, 1, 1));
        Assert.StartsWith("ingest [###############---------------] 5/10 50%", line, StringComparison.Ordinal);
        Assert.Contains("3 stored, 1 skipped, 1 failed", line, StringComparison.Ordinal);
        Assert.EndsWith("/s", line, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_terminal_the_bar_is_redrawn_in_place_and_errors_break_it_cleanly()
    {
        var w = new StringWriter();
        using var p = new ProgressReporter("ingest", 2, interactive: true, w);
        p.Advance(Tally(1, 0, 0));
        p.Error("error: x.txt: empty file");
        p.Done(Tally(1, 0, 1));
        var text = w.ToString();
        Assert.StartsWith("\ringest [", text, StringComparison.Ordinal);
        Assert.Contains("\nerror: x.txt: empty file\n", text, StringComparison.Ordinal);
        Assert.EndsWith("1 failed · " + text.Split(" · ")[^1], text, StringComparison.Ordinal);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Redirected_output_gets_plain_lines_without_carriage_returns()
    {
        var w = new StringWriter();
        using (var p = new ProgressReporter("ingest", 3, interactive: false, w))
        {
            p.Advance(Tally(1, 0, 0));
            p.Done(Tally(2, 1, 0));
        }

        var lines = w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain('\r', w.ToString());
        Assert.StartsWith("ingest [##############################] 3/3 100%", lines[^1], StringComparison.Ordinal);
    }
}
