using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// Records how long the page takes to draw a frame of a large graph in headless Chromium (real time, each frame forced
/// to raster), per kind of frame: the whole graph, 2x and 4x zoom near the centre, 2x zoom panned across the graph,
/// each without and with a selected node; and apart, the first frame of each kind (bitmaps made, code compiled). The
/// times are written to the test output and to a file beside the screenshots; they are reported, not asserted: a
/// shared machine's timings are no pass/fail criterion.
/// </summary>
[Collection("chromium")]
public partial class HtmlFrameTimeTests(ITestOutputHelper output)
{
    private const int Frames = 120;

    private static readonly string[] Kinds = ["zoom1", "zoom2", "zoom4", "pan2", "zoom1+sel", "zoom2+sel", "zoom4+sel", "pan2+sel"];

    [ChromiumFact]
    public async Task Frame_times_at_four_thousand_nodes_and_twelve_thousand_links_are_recorded_per_kind()
    {
        var graph = SampleGraphs.Generated(4000, links: 12_000);
        Assert.Equal(12_000, graph.Relationships.Count);
        var page = Path.Combine(HtmlChromiumTests.Artefacts, "html-frames-4000.html");
        Directory.CreateDirectory(HtmlChromiumTests.Artefacts);
        await File.WriteAllTextAsync(page, await HtmlGraphExportTests.Write(graph));

        var dom = await Chromium.DumpDomRealTimeAsync(page, "#bench=" + Frames);
        HtmlChromiumTests.AssertNoErrors(dom);
        var times = Attribute(dom, "data-frame-times").Split(' ').Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        var kinds = Attribute(dom, "data-frame-kinds").Split(' ');
        Assert.Equal(Frames, times.Length);
        Assert.Equal(Frames, kinds.Length);
        Assert.All(times, t => Assert.True(t > 0, "a frame took no time: the clock did not run"));
        Assert.Equal(Kinds.Order(StringComparer.Ordinal), kinds.Distinct().Order(StringComparer.Ordinal));

        var report = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"4000 nodes, 12000 links, {Frames} frames in 1400x900; ms per frame by kind, median and p95 (nearest rank):\n"));
        foreach (var kind in Kinds)
        {
            var sorted = times.Where((_, i) => kinds[i] == kind).Order().ToArray();
            report.Append(string.Create(CultureInfo.InvariantCulture,
                $"  {kind,-10} {sorted.Length,3} frames  median {Median(sorted),6:0.0}  p95 {Percentile(sorted, 0.95),6:0.0}  max {sorted[^1],6:0.0}\n"));
        }

        var all = times.Order().ToArray();
        report.Append(string.Create(CultureInfo.InvariantCulture, $"  all        {all.Length,3} frames  median {Median(all),6:0.0}  p95 {Percentile(all, 0.95),6:0.0}  max {all[^1],6:0.0}\n"));
        report.Append("  first frame of each kind (bitmaps made): ").Append(Attribute(dom, "data-first-frames")).Append('\n');
        output.WriteLine(report.ToString());
        await File.WriteAllTextAsync(Path.Combine(HtmlChromiumTests.Artefacts, "html-frames-4000.txt"), report.ToString());
    }

    private static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;

    private static double Percentile(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string Attribute(string dom, string name)
    {
        var found = Regex.Match(dom, name + "=\"([^\"]+)\"");
        Assert.True(found.Success, $"the page set no {name}");
        return found.Groups[1].Value;
    }
}
