using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export.Tests;

public partial class HtmlGraphExportTests
{
    internal const string DataOpen = "<script type=\"application/json\" id=\"kg-data\">";

    internal static async Task<string> Write(GraphSnapshot graph, HtmlExportOptions? options = null)
    {
        using var sw = new StringWriter();
        await HtmlGraphExport.WriteAsync(graph, sw, options);
        return sw.ToString();
    }

    /// <summary>The text of the data block, as the HTML parser sees it: up to the first "&lt;/script".</summary>
    internal static string DataBlock(string html)
    {
        var start = html.IndexOf(DataOpen, StringComparison.Ordinal) + DataOpen.Length;
        var end = html.IndexOf("</script", start, StringComparison.OrdinalIgnoreCase);
        return html[start..end];
    }

    [Fact]
    public async Task Page_is_self_contained()
    {
        var html = await Write(SampleGraphs.Seed());
        Assert.DoesNotMatch(ScriptOrStyleReference(), html);
        // The articles' URLs are data; nothing outside the data block refers to the network.
        var withoutData = html.Replace(DataBlock(html), string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", withoutData, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", withoutData, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<canvas id=\"kg-canvas\">", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "<script", RegexOptions.IgnoreCase));
    }

    [Fact]
    public async Task Embedded_json_parses_and_carries_positions()
    {
        var graph = SampleGraphs.Seed();
        var html = await Write(graph);
        using var doc = JsonDocument.Parse(DataBlock(html));
        var nodes = doc.RootElement.GetProperty("nodes");
        Assert.Equal(graph.Articles.Count + graph.Entities.Count, nodes.GetArrayLength());
        Assert.Equal(graph.Relationships.Count, doc.RootElement.GetProperty("links").GetArrayLength());
        Assert.All(nodes.EnumerateArray(), n => Assert.True(double.IsFinite(n.GetProperty("x").GetDouble())));
        Assert.Contains(nodes.EnumerateArray(), n => n.GetProperty("name").GetString() == "Нинель Сказкина");
        Assert.Equal("Knowledge graph", doc.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Hostile_strings_cannot_break_out_of_the_data_block()
    {
        var graph = SampleGraphs.HostileGraph();
        var html = await Write(graph, new HtmlExportOptions { Title = "Граф " + SampleGraphs.Hostile });
        var block = DataBlock(html);
        Assert.DoesNotContain("<", block, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Граф &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>", html, StringComparison.Ordinal);

        using var doc = JsonDocument.Parse(block);
        var vasya = doc.RootElement.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "person:zloy-vasya");
        Assert.Equal(graph.Entities[0].Name, vasya.GetProperty("name").GetString());
        Assert.Equal(graph.Entities[0].Aliases, vasya.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!));
        Assert.Equal(graph.Entities[0].Properties["ctrl"], vasya.GetProperty("properties").GetProperty("ctrl").GetString());
        var evidence = doc.RootElement.GetProperty("links")[0].GetProperty("evidence")[0].GetProperty("text").GetString();
        Assert.Equal(graph.Relationships[0].Evidence[0].Text, evidence);
        Assert.Equal("Граф " + SampleGraphs.Hostile, doc.RootElement.GetProperty("title").GetString());
        // "{{JS}}" in an alias is data, not a template marker: the script is in the page once.
        Assert.Single(Regex.Matches(html, "const COLOURS"));
    }

    [Fact]
    public async Task Max_nodes_keeps_the_best_connected_nodes_and_the_links_among_them()
    {
        var html = await Write(SampleGraphs.Generated(2000), new HtmlExportOptions { MaxNodes = 100 });
        using var doc = JsonDocument.Parse(DataBlock(html));
        var ids = doc.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.Equal(100, ids.Count);
        Assert.Equal(2000, doc.RootElement.GetProperty("totalNodes").GetInt32());
        Assert.All(doc.RootElement.GetProperty("links").EnumerateArray(), l =>
        {
            Assert.Contains(l.GetProperty("source").GetString(), ids);
            Assert.Contains(l.GetProperty("target").GetString(), ids);
        });
    }

    [Fact]
    public void Template_markers_are_replaced_in_one_pass()
    {
        var page = HtmlGraphExport.Render("a{{X}}b{{Y}}c", new Dictionary<string, string> { ["X"] = "{{Y}}", ["Y"] = "!" });
        Assert.Equal("a{{Y}}b!c", page);
        Assert.Throws<InvalidOperationException>(() => HtmlGraphExport.Render("{{Z}}", new Dictionary<string, string>()));
    }

    [Fact]
    public void Every_script_part_in_the_assembly_is_joined_once_in_order()
    {
        const string prefix = "KnowledgeGraph.Export.Html.graph.";
        var embedded = typeof(HtmlGraphExport).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".js", StringComparison.Ordinal))
            .Select(n => n[prefix.Length..^3])
            .Order(StringComparer.Ordinal);
        Assert.Equal(embedded, HtmlGraphExport.ScriptParts.Order(StringComparer.Ordinal));
        Assert.Equal(HtmlGraphExport.ScriptParts.Length, HtmlGraphExport.ScriptParts.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task The_script_is_one_strict_function_holding_every_part()
    {
        var html = await Write(SampleGraphs.Seed());
        var script = html[html.LastIndexOf("<script>", StringComparison.Ordinal)..];
        Assert.Contains("<script>\n(function () {\n  'use strict';\n", script, StringComparison.Ordinal);
        Assert.Contains("})();\n\n</script>", script, StringComparison.Ordinal);
        Assert.Equal(HtmlGraphExport.ScriptParts.Length, Regex.Count(script, "^// Knowledge graph viewer, part ", RegexOptions.Multiline));
        Assert.Equal(1, Regex.Count(script, "'use strict'"));
    }

    [GeneratedRegex("<script[^>]+src\\s*=|<link[^>]+href|@import|url\\(", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyleReference();
}
