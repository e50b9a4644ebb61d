namespace KnowledgeGraph.Cypher.Tests;

public class CypherScriptWriterTests
{
    private const string Hostile = "'; MATCH (n) DETACH DELETE n; // \"x\"\n:param rows => [];\r\nCREATE (z:Zloy {k: `v`})\u2028{{startLabel}} $rows \\' конец";

    private static readonly TemplateCatalog Catalog = TemplateCatalog.LoadDefault();

    private static async Task<(string Script, List<CypherStatement> Writes)> Write(string header, int batchSize = 2, string hostile = "обычный текст")
    {
        var writes = GraphRows.Statements(Sample.Graph(people: 5, hostile: hostile), Catalog, batchSize).ToList();
        using var output = new StringWriter { NewLine = "\n" };
        await CypherScriptWriter.WriteAsync(output, header, GraphRows.Schema(Catalog), writes);
        return (output.ToString(), writes);
    }

    [Fact]
    public async Task Header_then_schema_lines_ending_with_semicolons()
    {
        var (script, _) = await Write("Экспорт графа\nвторая строка");
        var lines = script.Split('\n');
        Assert.Equal("// Экспорт графа", lines[0]);
        Assert.Equal("// вторая строка", lines[1]);
        Assert.Equal(string.Empty, lines[2]);
        var schema = lines.Skip(3).TakeWhile(l => l.Length > 0).ToList();
        Assert.Equal(8, schema.Count);
        Assert.All(schema, l => Assert.StartsWith("CREATE CONSTRAINT", l, StringComparison.Ordinal));
        Assert.All(schema, l => Assert.EndsWith(";", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_batch_is_a_comment_one_param_line_and_the_template()
    {
        var (script, writes) = await Write("h");
        var blocks = script.Split("\n\n").Skip(2).ToList(); // header, schema
        Assert.Equal(writes.Count, blocks.Count);
        for (var i = 0; i < writes.Count; i++)
        {
            var lines = blocks[i].TrimEnd('\n').Split('\n');
            Assert.Equal("// " + writes[i].Template, lines[0]);
            Assert.StartsWith(":param rows => ", lines[1], StringComparison.Ordinal);
            Assert.EndsWith(";", lines[1], StringComparison.Ordinal);
            Assert.Equal(writes[i].Text + ";", string.Join('\n', lines.Skip(2)));
            Assert.DoesNotContain(lines.Skip(2), l => l.StartsWith(":param", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Param_lines_read_back_to_the_rows_exactly()
    {
        var (script, writes) = await Write("h", hostile: Hostile);
        var paramLines = script.Split('\n').Where(l => l.StartsWith(":param rows => ", StringComparison.Ordinal)).ToList();
        Assert.Equal(writes.Count, paramLines.Count);
        for (var i = 0; i < writes.Count; i++)
        {
            var literal = paramLines[i][":param rows => ".Length..^1];
            var back = CypherLiteralReader.Read(literal);
            Assert.Equal(Normalise(writes[i].Parameters["rows"]), Normalise(back));
        }
    }

    [Fact]
    public async Task Hostile_text_never_appears_outside_string_literals()
    {
        var (script, _) = await Write("h", hostile: Hostile);
        Assert.Contains("DETACH DELETE", script, StringComparison.Ordinal); // it is there, inside literals
        foreach (var line in script.Split('\n').Where(l => !l.StartsWith("//", StringComparison.Ordinal)))
        {
            var code = CypherLiteralReader.BlankStrings(line);
            foreach (var fragment in new[] { "DETACH", "Zloy", "конец", "{{", "rows => []", "\r", "\u2028" })
            {
                Assert.DoesNotContain(fragment, code, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Header_line_breaks_of_every_kind_stay_in_comments()
    {
        var (script, _) = await Write("одна\rдве\r\nтри\u2028MATCH (n) DETACH DELETE n\u0085пять");
        var header = script.Split('\n').TakeWhile(l => l.Length > 0).ToList();
        Assert.Equal(["// одна", "// две", "// три", "// MATCH (n) DETACH DELETE n", "// пять"], header);
    }

    [Fact]
    public async Task Cancellation_stops_the_writes()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        using var output = new StringWriter();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            CypherScriptWriter.WriteAsync(output, "h", [], GraphRows.Statements(Sample.Graph(), Catalog), cts.Token));
    }

    /// <summary>Rows as written (dictionaries, typed values) and as read back, in one comparable shape.</summary>
    private static object? Normalise(object? value) => value switch
    {
        System.Collections.IDictionary map => string.Join("|", map.Keys.Cast<string>().Order(StringComparer.Ordinal).Select(k => k + "=" + Normalise(map[k]))),
        string s => "s:" + s,
        System.Collections.IEnumerable list => "[" + string.Join(",", list.Cast<object?>().Select(Normalise)) + "]",
        int or long => "i:" + Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        double d => "f:" + d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "null",
    };
}
