using KnowledgeGraph.Cypher.Tests;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>Text from an article reaches the store and the exported script only as values, and comes back unchanged.</summary>
public sealed class HostileContentTests
{
    private const string Title = "Заголовок `x` 'q' \"dq\" {b} // ; :param rows => [] }) DETACH DELETE n //";

    [Fact]
    public async Task Hostile_text_comes_back_byte_identical_from_the_store_and_from_the_exported_parameters()
    {
        using var dir = new TempDir();
        var body = "Министр иностранных дел Казахстана встретился в Астане с послом Германии. "
            + "Текст с `обратными кавычками`, 'одинарными', \"двойными\", {скобками}, // комментарием; точкой с запятой\n"
            + ":param rows => [{key: 'x'}];\nMATCH (n) DETACH DELETE n; // и конец\u2028строки\r\n"
            + new string('я', 100_000);
        var text = Title + "\n\n" + body + "\n";
        File.WriteAllText(dir.File("hostile.txt"), text);

        var ingest = await KgProcess.RunAsync(dir.Path, "ingest", dir.File("hostile.txt"));
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        using (var store = GraphStore.Open(Path.Combine(dir.Path, "kg-data", "graph.db")))
        {
            var article = Assert.Single(store.ReadAll().Articles);
            Assert.Equal(Title, article.Title);
            Assert.Equal(text, store.ArticleText(article.Key));
        }

        var export = await KgProcess.RunAsync(dir.Path, "export", "--out", dir.File("graph.cypher"));
        Assert.True(export.ExitCode == 0, export.ToString());
        var lines = File.ReadAllLines(dir.File("graph.cypher"));

        // Outside comments and :param lines, the script holds only template text.
        var code = lines.Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal) && !l.StartsWith(":param ", StringComparison.Ordinal));
        Assert.All(code, l => Assert.DoesNotContain("DETACH DELETE", l, StringComparison.Ordinal));

        var articleRows = lines.SkipWhile(l => l != "// write/node-article").Skip(1).First();
        Assert.StartsWith(":param rows => ", articleRows, StringComparison.Ordinal);
        var literal = articleRows[":param rows => ".Length..].TrimEnd(';');
        var rows = Assert.IsAssignableFrom<System.Collections.IList>(CypherLiteralReader.Read(literal));
        var row = Assert.IsAssignableFrom<IDictionary<string, object?>>(rows[0]);
        Assert.Equal(Title, row["name"]);

        // Evidence sentences travel in relationship rows; every one is a slice of the article, unchanged.
        var evidence = lines.Where(l => l.StartsWith(":param rows => ", StringComparison.Ordinal))
            .Select(l => CypherLiteralReader.Read(l[":param rows => ".Length..].TrimEnd(';')))
            .OfType<System.Collections.IList>()
            .SelectMany(list => list.OfType<IDictionary<string, object?>>())
            .Where(r => r.TryGetValue("evidence", out var e) && e is System.Collections.IList)
            .SelectMany(r => ((System.Collections.IList)r["evidence"]!).Cast<string>())
            .ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Contains(e, text, StringComparison.Ordinal));
    }
}
