using System.Diagnostics;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Extraction.Tests.Support;
using Xunit.Abstractions;

namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>
/// The relation stage's share of the extraction budget (500 articles of ~3 KB a second, on one
/// core). Timed in this thread's CPU time where Linux gives it (/proc/thread-self/stat), so a
/// machine busy with other work does not fail the test; wall-clock time elsewhere.
/// </summary>
public class RelationSpeedTests(ITestOutputHelper output)
{
    [SharedFact]
    public void Relation_stage_reads_well_over_500_articles_a_second()
    {
        var dir = Path.Combine(RepoPaths.Shared!, "benchmarks", "factru-dev");
        var analyses = Directory.EnumerateFiles(dir, "*.txt").Order(StringComparer.Ordinal)
            .Select(p => Extractors.Default.Analyse(Extractors.Article(File.ReadAllText(p), p)))
            .ToList();
        var stage = new DefaultRelationStage();
        for (var warm = 0; warm < 15; warm++)
        {
            analyses.ForEach(a => stage.Extract(a).ToList());
        }

        const int rounds = 10;
        var cpu0 = ThreadCpu();
        var sw = Stopwatch.StartNew();
        var rels = 0;
        for (var r = 0; r < rounds; r++)
        {
            foreach (var a in analyses)
            {
                rels += stage.Extract(a).Count();
            }
        }

        var wall = sw.Elapsed;
        var cpu = ThreadCpu() - cpu0 is var d && d > TimeSpan.Zero ? d : wall;
        var chars = analyses.Sum(a => a.Article.Text.Length);
        var perSecond = rounds * analyses.Count / cpu.TotalSeconds;
        var per3Kb = perSecond * chars / analyses.Count / 3000.0;
        output.WriteLine($"{rounds * analyses.Count} articles ({chars / analyses.Count} chars on average), {rels} relationships, cpu {cpu.TotalMilliseconds:0} ms, wall {wall.TotalMilliseconds:0} ms: {perSecond:0} articles/s ({per3Kb:0} of 3 KB)");
        Assert.True(per3Kb > 1000, $"relation stage: {per3Kb:0} articles of 3 KB a second");
    }

    /// <summary>User and system time of this thread, or zero where the platform does not say.</summary>
    private static TimeSpan ThreadCpu()
    {
        const string stat = "/proc/thread-self/stat";
        if (!File.Exists(stat))
        {
            return TimeSpan.Zero;
        }

        // fields after the command name in brackets: state is field 3, utime 14, stime 15 (clock ticks of 10 ms)
        var text = File.ReadAllText(stat);
        var f = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(f[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(f[12], System.Globalization.CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }
}
