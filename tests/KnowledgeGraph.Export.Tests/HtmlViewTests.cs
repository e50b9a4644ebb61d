using System.Text.RegularExpressions;
using KnowledgeGraph.Model;
using KnowledgeGraph.Texts;
using Xunit.Abstractions;
using static KnowledgeGraph.Export.Tests.HtmlChromiumTests;

namespace KnowledgeGraph.Export.Tests;

/// <summary>The view of a real graph in headless Chromium: the panel's groups, search ranking, names that never overlap, both languages.</summary>
[Collection("chromium")]
public partial class HtmlViewTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task Panel_groups_relationships_by_type_with_mentions_last_and_folded()
    {
        var page = await WritePage(SampleGraphs.Seed(), "html-view-groups.html");
        var dom = await Chromium.DumpDomAsync(page, "#search=" + Uri.EscapeDataString("Аркадий Звонарёв"));
        AssertNoErrors(dom);
        var panel = PanelText().Match(dom).Value;
        Assert.Contains("<h2>Аркадий Звонарёв</h2>", panel, StringComparison.Ordinal);
        var groups = GroupTag().Matches(panel).Select(m => (Type: m.Groups[1].Value, Open: m.Groups[2].Success)).ToList();
        Assert.True(groups.Count >= 5, "expected a group per type: " + panel);
        Assert.Equal(groups.Count, groups.Select(g => g.Type).Distinct().Count());
        Assert.Equal(RelationshipTypes.Mentions, groups[^1].Type);
        Assert.False(groups[^1].Open, "the MENTIONS group is folded");
        Assert.All(groups.SkipLast(1), g => Assert.True(g.Open, g.Type + " is open"));
    }

    [ChromiumFact]
    public async Task Search_ranks_exact_name_then_alias_then_prefix_and_lists_matches()
    {
        var page = await WritePage(RankingGraph(), "html-view-search.html");
        var dom = await Chromium.DumpDomAsync(page, "#search=" + Uri.EscapeDataString("ласточкин"));
        AssertNoErrors(dom);
        Assert.Contains("<h2>Ласточкин</h2>", dom, StringComparison.Ordinal);
        var listed = ResultNames().Matches(dom).Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.Equal(["Ласточкин", "Тихон Ласточкин", "Ласточкин и партнёры", "Ласточкин открыл ярмарку"], listed);
    }

    [ChromiumFact]
    public async Task Names_never_overlap_and_the_selected_node_and_its_neighbours_are_all_named()
    {
        var graph = SampleGraphs.Generated(1000, links: 3000);
        var page = await WritePage(graph, "html-view-labels.html");
        var dom = await Chromium.DumpDomAsync(page, "#search=" + Uri.EscapeDataString("Узел 5"));
        AssertNoErrors(dom);
        Assert.Contains("<h2>Узел 5</h2>", dom, StringComparison.Ordinal);
        Assert.True(BodyNumber(dom, "data-labels") > 10, "few names were written");
        Assert.Equal(0, BodyNumber(dom, "data-label-clashes"));
        Assert.Equal(0, BodyNumber(dom, "data-unnamed-focus"));
    }

    [ChromiumFact]
    public async Task Screenshots_of_the_seed_graph_and_a_thousand_nodes_in_english_and_russian()
    {
        var seed = SampleGraphs.Seed();
        var large = SampleGraphs.Generated(1000, links: 3000);
        foreach (var language in new[] { UiLanguage.English, UiLanguage.Russian })
        {
            var code = language.Code();
            var options = new HtmlExportOptions { Language = language };
            var seedPage = await WritePage(seed, $"html-seed-{code}.html", options);
            var dom = await Chromium.DumpDomAsync(seedPage, "#search=" + Uri.EscapeDataString("Звонарёв"));
            AssertNoErrors(dom);
            Assert.Contains($"<html lang=\"{code}\">", dom, StringComparison.Ordinal);
            Assert.Contains(language == UiLanguage.Russian ? ">Персона (8)</div>" : ">Person (8)</div>", dom, StringComparison.Ordinal);
            Assert.Contains(GraphCounts.Of(seed).Describe(language), System.Net.WebUtility.HtmlDecode(dom), StringComparison.Ordinal);
            await Shot(seedPage, $"html-seed-{code}.png", "#search=" + Uri.EscapeDataString("Звонарёв"));

            var largePage = await WritePage(large, $"html-1000-{code}.html", options);
            await Shot(largePage, $"html-1000-{code}.png", string.Empty);
            await Shot(largePage, $"html-1000-{code}-selected.png", "#search=" + Uri.EscapeDataString("Узел 0"));
        }
    }

    private async Task Shot(string page, string name, string fragment)
    {
        var png = Path.Combine(Artefacts, name);
        await Chromium.ScreenshotAsync(page, png, fragment);
        Assert.True(new FileInfo(png).Length > 10_000, "the screenshot is suspiciously small: " + png);
        output.WriteLine("screenshot: " + png);
    }

    /// <summary>One exact name, one exact alias, and a prefix match of higher degree and an article mentioning all.</summary>
    private static GraphSnapshot RankingGraph()
    {
        var article = new StoredArticle(ArticleKeys.FromText("Ласточкин открыл ярмарку"), "Ласточкин открыл ярмарку", "Вестник", null, null, null, "ru", null, "2031-05-18T10:00:00Z");
        StoredEntity E(string label, string name, params string[] aliases) =>
            new() { Key = EntityKeys.For(label, name), Label = label, Name = name, Aliases = [.. aliases] };
        var exact = E(GraphLabels.Work, "Ласточкин");
        var person = E(GraphLabels.Person, "Тихон Ласточкин", "Ласточкин");
        var firm = E(GraphLabels.Organization, "Ласточкин и партнёры");
        var others = Enumerable.Range(0, 6).Select(i => E(GraphLabels.City, "Город " + i)).ToList();
        var rels = others.Select(o => new StoredRelationship { Type = RelationshipTypes.Visited, Start = firm.Key, End = o.Key }).ToList();
        rels.AddRange(new[] { exact, person, firm }.Concat(others).Select(e => new StoredRelationship { Type = RelationshipTypes.Mentions, Start = article.Key, End = e.Key }));
        return new GraphSnapshot { Articles = [article], Entities = [exact, person, firm, .. others], Relationships = rels };
    }

    [GeneratedRegex("<details class=\"kg-group\" data-type=\"([A-Z_]+)\"( open=\"\")?>")]
    private static partial Regex GroupTag();

    [GeneratedRegex("<li(?: class=\"active\")?>([^<]*)<small>")]
    private static partial Regex ResultNames();
}
