using System.Diagnostics;

namespace KnowledgeGraph.Export.Tests;

public class ForceLayoutTests
{
    private static (int, int)[] Links(KnowledgeGraph.Model.GraphSnapshot graph, out int count)
    {
        var export = ExportGraph.From(graph);
        count = export.Nodes.Count;
        return export.Links.Select(l => (l.Source, l.Target)).ToArray();
    }

    [Fact]
    public void Same_graph_and_seed_give_the_same_positions()
    {
        var links = Links(SampleGraphs.Seed(), out var count);
        var a = ForceLayout.Compute(count, links, seed: 3);
        var b = ForceLayout.Compute(count, links, seed: 3);
        Assert.Equal(a.X, b.X);
        Assert.Equal(a.Y, b.Y);
    }

    [Fact]
    public void Linked_nodes_end_closer_than_unlinked_ones_and_nodes_do_not_pile_up()
    {
        var links = Links(SampleGraphs.Seed(), out var count);
        var layout = ForceLayout.Compute(count, links);
        double Distance(int i, int j) => Math.Sqrt(Math.Pow(layout.X[i] - layout.X[j], 2) + Math.Pow(layout.Y[i] - layout.Y[j], 2));

        var linked = links.Where(l => l.Item1 != l.Item2).Select(l => (Math.Min(l.Item1, l.Item2), Math.Max(l.Item1, l.Item2))).ToHashSet();
        var pairs = from i in Enumerable.Range(0, count) from j in Enumerable.Range(i + 1, count - i - 1) select (i, j);
        var linkedMean = linked.Average(p => Distance(p.Item1, p.Item2));
        var otherMean = pairs.Where(p => !linked.Contains(p)).Average(p => Distance(p.i, p.j));
        Assert.True(linkedMean < otherMean * 0.6, $"linked {linkedMean:F1}, others {otherMean:F1}");
        Assert.True(pairs.Min(p => Distance(p.i, p.j)) > 5, "two nodes on top of each other");
        Assert.All(layout.X.Concat(layout.Y), v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void Two_thousand_nodes_are_laid_out_in_seconds()
    {
        var links = Links(SampleGraphs.Generated(2000), out var count);
        var clock = Stopwatch.StartNew();
        var layout = ForceLayout.Compute(count, links);
        clock.Stop();
        Assert.All(layout.X.Concat(layout.Y), v => Assert.True(double.IsFinite(v)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"layout took {clock.Elapsed}");
    }

    [Fact]
    public void Empty_and_single_node_graphs_are_fine()
    {
        Assert.Empty(ForceLayout.Compute(0, []).X);
        var one = ForceLayout.Compute(1, [(0, 0)]);
        Assert.True(double.IsFinite(one.X[0]) && double.IsFinite(one.Y[0]));
    }
}
