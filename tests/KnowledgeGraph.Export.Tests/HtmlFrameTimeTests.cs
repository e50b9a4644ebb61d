using System.Globalization;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// Records how long the page takes to draw a frame of a large graph in headless Chromium (real time, each frame forced
/// to raster). The times are written to the test output and to a file beside the screenshots; they are reported, not
/// asserted: a shared machine's timings are no pass/fail criterion.
/// </summary>
[Collection("chromium")]
public partial class HtmlFrameTimeTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task Frame_times_at_four_thousand_nodes_and_twelve_thousand_links_are_recorded()
    {
        var graph = SampleGraphs.Generated(4000, links: 12_000);
        Assert.Equal(12_000, graph.Relationships.Count);
        var page = Path.Combine(HtmlChromiumTests.Artefacts, "html-frames-4000.html");
        Directory.CreateDirectory(HtmlChromiumTests.Artefacts);
        await File.WriteAllTextAsync(page, await HtmlGraphExportTests.Write(graph));

        var dom = await Chromium.DumpDomRealTimeAsync(page, "#bench=30");
        var found = FrameTimes().Match(dom);
        Assert.True(found.Success, "the page recorded no frame times");
        var times = found.Groups[1].Value.Split(' ').Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(30, times.Length);
        Assert.All(times, t => Assert.True(t > 0, "a frame took no time: the clock did not run"));

        var sorted = times.Order().ToArray();
        var report = string.Create(CultureInfo.InvariantCulture,
            $"4000 nodes, 12000 links, 30 frames (ms): median {sorted[15]:0.0}, p90 {sorted[26]:0.0}, max {sorted[^1]:0.0}; all: {found.Groups[1].Value}");
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(HtmlChromiumTests.Artefacts, "html-frames-4000.txt"), report + "\n");
    }

    [GeneratedRegex("data-frame-times=\"([0-9. ]+)\"")]
    private static partial Regex FrameTimes();
}
