using System.Globalization;
using System.Net;
using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Texts;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes one self-contained HTML page (no network: script and style inline) that draws the graph on a
/// canvas: layout computed here (<see cref="ForceLayout"/>), nodes coloured by label and sized by degree,
/// pan, zoom, drag, search by name or alias, and a side panel with properties and evidence. The graph is
/// embedded as JSON in a &lt;script type="application/json"&gt; block in which every '&lt;' is \u003c, so no
/// text of the graph can close the block or open a comment. Articles and MENTIONS links are drawn only when the
/// page's toggle asks; the page's words, and display names of labels and types, are in the options' language.
/// </summary>
public static class HtmlGraphExport
{
    private static readonly Lazy<string> Template = new(() => Resource("template.html"));
    private static readonly Lazy<string> Css = new(() => Resource("graph.css"));
    private static readonly Lazy<string> Js = new(JoinScript);

    /// <summary>The viewer's script parts (Html/graph.NAME.js), in the order they run.</summary>
    internal static readonly string[] ScriptParts = ["data", "draw", "labels", "input", "panel", "search", "start"];

    public static async Task WriteAsync(GraphSnapshot graph, TextWriter output, HtmlExportOptions? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        options ??= new HtmlExportOptions();
        var all = ExportGraph.From(graph);
        var shown = options.MaxNodes is { } max ? all.Top(max) : all;
        ct.ThrowIfCancellationRequested();
        var layout = ForceLayout.Compute(shown.Nodes.Count, shown.Links.Select(l => (l.Source, l.Target)).ToList(), options.LayoutSeed);
        ct.ThrowIfCancellationRequested();
        var messages = Messages.For(options.Language);
        var title = options.Title ?? messages.GraphTitle;
        var json = GraphJsonExport.ToJson(shown, layout, w =>
        {
            w.WriteString("title", title);
            w.WriteNumber("totalNodes", all.Nodes.Count);
            w.WriteNumber("totalLinks", all.Links.Count);
            WriteMap(w, "texts", messages.HtmlTexts);
            WriteMap(w, "names", GraphNames.All(options.Language));
        });

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["LANG"] = options.Language.Code(),
            ["TITLE"] = WebUtility.HtmlEncode(title),
            ["COUNTS"] = WebUtility.HtmlEncode(CountLine(graph, all.Nodes.Count, shown.Nodes.Count, options.Language)),
            ["CSS"] = Css.Value,
            ["JS"] = Js.Value,
            ["DATA"] = ScriptSafe(json),
        };
        foreach (var (key, text) in messages.HtmlTexts)
        {
            values["T:" + key] = WebUtility.HtmlEncode(text);
        }

        var page = Render(Template.Value, values);
        await output.WriteAsync(page.AsMemory(), ct).ConfigureAwait(false);
        await output.FlushAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The graph's counts in the one vocabulary, and how many nodes are drawn when not all are.</summary>
    private static string CountLine(GraphSnapshot graph, int allNodes, int shownNodes, UiLanguage language)
    {
        var line = GraphCounts.Of(graph).Describe(language);
        return shownNodes < allNodes
            ? line + " · " + Messages.For(language).Shown(Nouns.Node.Count(shownNodes, language), Nouns.Node.Count(allNodes, language))
            : line;
    }

    private static void WriteMap(System.Text.Json.Utf8JsonWriter w, string name, IReadOnlyDictionary<string, string> map)
    {
        w.WriteStartObject(name);
        foreach (var (key, value) in map)
        {
            w.WriteString(key, value);
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// JSON that can sit inside a script element: '&lt;' only ever occurs inside JSON strings, where \u003c
    /// means the same, so "&lt;/script" and "&lt;!--" cannot appear; U+2028/2029 are escaped for old parsers.
    /// </summary>
    internal static string ScriptSafe(string json) =>
        json.Replace("<", "\\u003c", StringComparison.Ordinal)
            .Replace("\u2028", "\\u2028", StringComparison.Ordinal)
            .Replace("\u2029", "\\u2029", StringComparison.Ordinal);

    /// <summary>Replaces {{NAME}} markers of the template in one pass, so a value is never searched for markers.</summary>
    internal static string Render(string template, IReadOnlyDictionary<string, string> values)
    {
        var sb = new StringBuilder(template.Length + values.Values.Sum(v => v.Length));
        var at = 0;
        while (true)
        {
            var open = template.IndexOf("{{", at, StringComparison.Ordinal);
            var close = open < 0 ? -1 : template.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                return sb.Append(template, at, template.Length - at).ToString();
            }

            var name = template[(open + 2)..close];
            if (!values.TryGetValue(name, out var value))
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The HTML template has an unknown marker {{{{{name}}}}}."));
            }

            sb.Append(template, at, open - at).Append(value);
            at = close + 2;
        }
    }

    /// <summary>The viewer script: its parts joined inside one strict-mode function, which they share as their scope.</summary>
    private static string JoinScript()
    {
        var script = new StringBuilder("(function () {\n  'use strict';\n");
        foreach (var part in ScriptParts)
        {
            script.Append(Resource($"graph.{part}.js"));
        }

        return script.Append("})();\n").ToString();
    }

    private static string Resource(string name)
    {
        using var stream = typeof(HtmlGraphExport).Assembly.GetManifestResourceStream("KnowledgeGraph.Export.Html." + name)
            ?? throw new InvalidOperationException($"The resource Html/{name} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
