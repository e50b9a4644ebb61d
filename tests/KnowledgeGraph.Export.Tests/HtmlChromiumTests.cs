using System.Net;
using System.Text.RegularExpressions;
using KnowledgeGraph.Model;
using Xunit.Abstractions;

namespace KnowledgeGraph.Export.Tests;

/// <summary>Opens the exported page in headless Chromium and checks what it drew. One collection: the runs do not overlap.</summary>
[Collection("chromium")]
public partial class HtmlChromiumTests(ITestOutputHelper output)
{
    internal static readonly string Artefacts = Path.Combine(AppContext.BaseDirectory, "TestResults");

    internal static async Task<string> WritePage(GraphSnapshot graph, string name, HtmlExportOptions? options = null)
    {
        Directory.CreateDirectory(Artefacts);
        var path = Path.Combine(Artefacts, name);
        await File.WriteAllTextAsync(path, await HtmlGraphExportTests.Write(graph, options));
        return path;
    }

    internal static int BodyNumber(string dom, string attribute)
    {
        var body = BodyTag().Match(dom);
        Assert.True(body.Success, "no <body> in the dumped DOM");
        var value = Regex.Match(body.Value, attribute + "=\"(\\d+)\"");
        Assert.True(value.Success, $"the page set no {attribute} (its script did not finish its first draw): {body.Value}");
        return int.Parse(value.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static void AssertNoErrors(string dom)
    {
        var errors = ErrorBox().Match(dom);
        Assert.True(errors.Success, "no #kg-errors element in the dumped DOM");
        Assert.True(errors.Groups[1].Value.Length == 0, "the page reported errors: " + WebUtility.HtmlDecode(errors.Groups[1].Value));
    }

    [ChromiumFact]
    public async Task Seed_graph_is_drawn_without_articles_until_asked_and_screenshot_is_kept()
    {
        var graph = SampleGraphs.Seed();
        var mentions = graph.Relationships.Count(r => r.Type == RelationshipTypes.Mentions);
        var page = await WritePage(graph, "html-export.html", new HtmlExportOptions { Title = "Речные новости — тестовый граф" });
        var dom = await Chromium.DumpDomAsync(page);
        AssertNoErrors(dom);
        Assert.Equal(graph.Entities.Count, BodyNumber(dom, "data-drawn-nodes"));
        Assert.Equal(graph.Relationships.Count - mentions, BodyNumber(dom, "data-drawn-links"));
        Assert.Contains(">Person (8)</div>", dom, StringComparison.Ordinal);
        Assert.DoesNotContain(">Article (3)</div>", dom, StringComparison.Ordinal);

        var all = await Chromium.DumpDomAsync(page, "#articles");
        AssertNoErrors(all);
        Assert.Equal(graph.Articles.Count + graph.Entities.Count, BodyNumber(all, "data-drawn-nodes"));
        Assert.Equal(graph.Relationships.Count, BodyNumber(all, "data-drawn-links"));
        Assert.Contains(">Article (3)</div>", all, StringComparison.Ordinal);

        var png = Path.Combine(Artefacts, "html-export.png");
        await Chromium.ScreenshotAsync(page, png);
        Assert.True(new FileInfo(png).Length > 10_000, "the screenshot is suspiciously small");
        output.WriteLine("screenshot: " + png);
    }

    [ChromiumFact]
    public async Task Search_in_the_address_opens_the_node_in_the_side_panel()
    {
        var page = await WritePage(SampleGraphs.Seed(), "html-export-search.html");
        var dom = await Chromium.DumpDomAsync(page, "#search=" + Uri.EscapeDataString("перелётова"));
        AssertNoErrors(dom);
        Assert.Contains("<h2>Зоя Перелётова</h2>", dom, StringComparison.Ordinal);
        Assert.Contains("Гильдия картографов Приозерья", PanelText().Match(dom).Value, StringComparison.Ordinal);

        var png = Path.Combine(Artefacts, "html-export-search.png");
        await Chromium.ScreenshotAsync(page, png, "#search=" + Uri.EscapeDataString("перелётова"));
        output.WriteLine("screenshot: " + png);
    }

    [ChromiumFact]
    public async Task A_relationship_shows_its_ends_and_evidence_in_the_side_panel()
    {
        var graph = SampleGraphs.Seed();
        var index = graph.Relationships.FindIndex(r => r.Type == RelationshipTypes.Praised);
        var page = await WritePage(graph, "html-export-link.html");
        var dom = await Chromium.DumpDomAsync(page, "#link=" + index);
        AssertNoErrors(dom);
        var panel = PanelText().Match(dom).Value;
        Assert.Contains("<h2 title=\"PRAISED\">praised</h2>", panel, StringComparison.Ordinal);
        Assert.Contains("<blockquote>Куприянова похвалила Ласточкина за «честную работу».<small>", panel, StringComparison.Ordinal);
        Assert.Contains(graph.Articles[0].Title, panel, StringComparison.Ordinal);
        Assert.Contains(">Милена Куприянова</a>", panel, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Hostile_names_run_no_script_and_show_as_text()
    {
        var graph = SampleGraphs.HostileGraph();
        var page = await WritePage(graph, "html-export-hostile.html", new HtmlExportOptions { Title = SampleGraphs.Hostile });
        var dom = await Chromium.DumpDomAsync(page, "#search=" + Uri.EscapeDataString("Вася"));
        AssertNoErrors(dom);
        Assert.Equal(3, BodyNumber(dom, "data-drawn-nodes"));
        Assert.Equal(2, BodyNumber(dom, "data-drawn-links"));
        Assert.Contains("<h2>Вася &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h2>", dom, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(dom, "<script", RegexOptions.IgnoreCase));
    }

    [ChromiumFact]
    public async Task Two_thousand_nodes_are_all_drawn()
    {
        var graph = SampleGraphs.Generated(2000);
        var page = await WritePage(graph, "html-export-2000.html");
        var dom = await Chromium.DumpDomAsync(page);
        AssertNoErrors(dom);
        Assert.Equal(2000, BodyNumber(dom, "data-drawn-nodes"));
        Assert.Equal(graph.Relationships.Count, BodyNumber(dom, "data-drawn-links"));

        var png = Path.Combine(Artefacts, "html-export-2000.png");
        await Chromium.ScreenshotAsync(page, png);
        output.WriteLine("screenshot: " + png);
    }

    [GeneratedRegex("<body[^>]*>")]
    private static partial Regex BodyTag();

    [GeneratedRegex("<div id=\"kg-errors\"[^>]*>(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex ErrorBox();

    [GeneratedRegex("<aside id=\"kg-panel\">.*?</aside>", RegexOptions.Singleline)]
    internal static partial Regex PanelText();
}
