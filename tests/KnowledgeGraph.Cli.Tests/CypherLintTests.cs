using KnowledgeGraph.Cypher;
using KnowledgeGraph.Cypher.Tests;
using KnowledgeGraph.Model;
using Xunit.Abstractions;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// Every Cypher text kg sends or writes, checked by Neo4j's own front end as Cypher 5 and Cypher 25: every template of
/// <c>cypher/</c> (relationship writers with each label at each end), and the scripts <c>kg export --format cypher</c>
/// writes for the sample articles and for an article full of hostile characters. Our labels, types, property keys and
/// parameters are the schema, so an unknown one is reported too. Any error or warning fails; a control statement with a
/// known error must be reported, which proves the checker runs.
/// </summary>
public sealed class CypherLintTests(ITestOutputHelper output)
{
    private const string RowsPrefix = ":param rows => ";

    /// <summary>Keys the writers read from a row, and the typed date properties the templates compute.</summary>
    private static readonly string[] TemplateKeys = ["key", "name", "aliases", "props", "start", "end", "dateFrom", "dateTo", "datePrecision", "publishedDate"];

    /// <summary>Our own writing: quotes, backticks, braces, comments, semicolons, parameters, escapes and separators.</summary>
    private const string Hostile =
        "Посол `Ивар` 'Лунд' \"встретился\" {с} министром; // */ /* :param rows => [] ;\n\n"
        + "Министр иностранных дел Казахстана встретился в Астане с послом Германии Иваром Лундом. "
        + "Он сказал: «\\u0027; MATCH (n) DETACH DELETE n; RETURN $rows \\\\ ${x} }) ]} ''; `` \u2028 \u2029 \u200F \U0001F600».\r\n"
        + "В 2022 году прошёл форум «Астана-2022»; 31 июня 2021 года — саммит.\n";

    [CypherLintFact]
    public async Task Every_template_and_exported_script_passes_Neo4js_own_checker_in_Cypher_5_and_25()
    {
        using var dir = new TempDir();
        var samples = await ExportAsync(dir, "samples", RepoPaths.SampleArticles);
        Directory.CreateDirectory(dir.File("hostile-in"));
        await File.WriteAllTextAsync(Path.Combine(dir.File("hostile-in"), "hostile.txt"), Hostile);
        var hostile = await ExportAsync(dir, "hostile", dir.File("hostile-in"));

        var catalog = TemplateCatalog.LoadDefault();
        var items = new List<object> { new { name = "control: MATCH (n) RETURN m", text = "MATCH (n) RETURN m", expectError = true } };
        foreach (var template in catalog.All)
        {
            if (template.Placeholders.Count == 0)
            {
                items.Add(new { name = template.Name, text = template.Render(), expectError = false });
                continue;
            }

            // Each label at each end once: (L0, L1), (L1, L2), ... (L7, L0).
            var labels = GraphLabels.All;
            for (var i = 0; i < labels.Count; i++)
            {
                var (start, end) = (labels[i], labels[(i + 1) % labels.Count]);
                var text = template.Render(new Dictionary<string, string> { ["startLabel"] = start, ["endLabel"] = end });
                items.Add(new { name = $"{template.Name} ({start}->{end})", text, expectError = false });
            }
        }

        items.Add(new { name = "export of graph-seeds/articles", text = samples, expectError = false });
        items.Add(new { name = "export of a hostile article", text = hostile, expectError = false });

        var schema = new
        {
            labels = GraphLabels.All,
            relationshipTypes = RelationshipTypes.All,
            propertyKeys = TemplateKeys.Concat(RowKeys(samples)).Concat(RowKeys(hostile)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            parameters = catalog.All.SelectMany(t => t.Parameters).Distinct(StringComparer.Ordinal)
                .ToDictionary(p => p, p => p switch { "rows" => (object)Array.Empty<object>(), "limit" or "maxHops" => 10, _ => "" }),
        };

        var (exitCode, report) = await CypherLint.RunAsync(new { schema, items }, dir.Path);
        output.WriteLine(report);

        Assert.Contains("CYPHER 5  control: MATCH (n) RETURN m: ok (control:", report, StringComparison.Ordinal);
        Assert.Contains("CYPHER 25 control: MATCH (n) RETURN m: ok (control:", report, StringComparison.Ordinal);
        Assert.Contains($"lint: {2 * items.Count} checked, 0 failed", report, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
    }

    /// <summary>Ingests <paramref name="articles"/> into a store of its own and returns <c>kg export --format cypher</c>.</summary>
    private static async Task<string> ExportAsync(TempDir dir, string name, string articles)
    {
        var store = dir.File(name + ".db");
        var ingest = await KgProcess.RunAsync(dir.Path, "ingest", articles, "--store", store);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        var export = await KgProcess.RunAsync(dir.Path, "export", "--format", "cypher", "--store", store, "--out", dir.File(name + ".cypher"));
        Assert.True(export.ExitCode == 0, export.ToString());
        return await File.ReadAllTextAsync(dir.File(name + ".cypher"));
    }

    /// <summary>Every map key in the script's <c>:param rows</c> values: the property keys our data has.</summary>
    private static IEnumerable<string> RowKeys(string script) =>
        script.Split('\n')
            .Where(l => l.StartsWith(RowsPrefix, StringComparison.Ordinal))
            .SelectMany(l => Keys(CypherLiteralReader.Read(l[RowsPrefix.Length..].TrimEnd('\r').TrimEnd(';'))));

    private static IEnumerable<string> Keys(object? value) => value switch
    {
        IDictionary<string, object?> map => map.Keys.Concat(map.Values.SelectMany(Keys)),
        System.Collections.IList list => list.Cast<object?>().SelectMany(Keys),
        _ => [],
    };
}
