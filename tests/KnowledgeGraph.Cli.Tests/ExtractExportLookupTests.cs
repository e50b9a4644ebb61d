using System.Text.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Tests;

public sealed class ExtractExportLookupTests
{
    [SharedFact]
    public async Task Extract_on_the_seed_article_writes_contract_valid_json_with_exact_offsets()
    {
        using var dir = new TempDir();
        var r = await KgProcess.RunAsync(dir.Path, "extract", RepoPaths.SeedArticle, "--out", dir.File("out"));
        Assert.True(r.ExitCode == 0, r.ToString());
        var json = File.ReadAllText(Path.Combine(dir.Path, "out", "kazykhan-washington.json"));
        var doc = GraphJson.Deserialize(json);
        var original = File.ReadAllText(RepoPaths.SeedArticle);
        Assert.Empty(GraphValidator.Check(doc, original));
        Assert.NotEmpty(doc.Entities);
        foreach (var m in doc.Entities.SelectMany(e => e.Mentions))
        {
            Assert.Equal(original[m.Start..m.End], m.Text);
        }

        using var raw = JsonDocument.Parse(json);
        Assert.Equal(1, raw.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.True(raw.RootElement.GetProperty("article").TryGetProperty("key", out _));
    }

    [Fact]
    public async Task Extract_names_each_output_after_its_input_and_stores_nothing()
    {
        using var dir = new TempDir();
        var r = await KgProcess.RunAsync(dir.Path, "extract", RepoPaths.SampleArticles, "--out", dir.File("out"));
        Assert.True(r.ExitCode == 0, r.ToString());
        var names = Directory.GetFiles(dir.File("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("sample-01-astana-visit.json", names);
        Assert.Contains("sample-03-berlin-book.json", names);
        Assert.False(Directory.Exists(dir.File("kg-data")));
    }

    [Fact]
    public async Task Extract_replaces_an_earlier_output_and_a_temporary_file_left_by_a_stopped_run()
    {
        using var dir = new TempDir();
        var out_ = dir.File("out");
        Directory.CreateDirectory(out_);
        var target = Path.Combine(out_, "sample-01-astana-visit.json");
        File.WriteAllText(target, "an earlier, longer output that must not survive in part " + new string('x', 100_000));
        File.WriteAllText(target + ".tmp", "half of a file from a run that was killed");

        var r = await KgProcess.RunAsync(dir.Path, "extract", RepoPaths.SampleArticles, "--out", "out");
        Assert.True(r.ExitCode == 0, r.ToString());
        var json = File.ReadAllText(target);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.Equal("sample-01-astana-visit", Path.GetFileNameWithoutExtension(GraphJson.Deserialize(json).Article.Path));
        Assert.Empty(Directory.GetFiles(out_, "*.tmp"));
    }

    [Fact]
    public async Task Lookup_json_gives_the_entity_and_its_relationships_with_evidence()
    {
        using var dir = new TempDir();
        Assert.Equal(0, (await KgProcess.RunAsync(dir.Path, "ingest", RepoPaths.SampleArticles)).ExitCode);
        var r = await KgProcess.RunAsync(dir.Path, "lookup", "Казахстан", "--json");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var json = JsonDocument.Parse(r.Stdout);
        var entity = json.RootElement.GetProperty("entity");
        Assert.Equal("Country", entity.GetProperty("label").GetString());
        var rels = json.RootElement.GetProperty("relationships").EnumerateArray().ToList();
        Assert.NotEmpty(rels);
        // every relationship read in the text has its sentence; one known from a lexicon says so and has none
        Assert.All(rels, x => Assert.Equal(
            !(x.GetProperty("properties").TryGetProperty("source", out var source) && source.GetString() == "lexicon"),
            x.GetProperty("evidence").EnumerateArray().Any()));

        var missing = await KgProcess.RunAsync(dir.Path, "lookup", "Несуществующее Имя Никогда");
        Assert.Equal(3, missing.ExitCode);
        Assert.Contains("no entity matches", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_cypher_writes_schema_then_param_lines_and_templates()
    {
        using var dir = new TempDir();
        Assert.Equal(0, (await KgProcess.RunAsync(dir.Path, "ingest", RepoPaths.SampleArticles)).ExitCode);
        var r = await KgProcess.RunAsync(dir.Path, "export", "--format", "cypher", "--out", dir.File("graph.cypher"));
        Assert.True(r.ExitCode == 0, r.ToString());
        var lines = File.ReadAllLines(dir.File("graph.cypher"));
        Assert.Contains(lines, l => l.StartsWith("CREATE CONSTRAINT person_key IF NOT EXISTS", StringComparison.Ordinal));
        var paramLines = lines.Where(l => l.StartsWith(":param rows => [", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(paramLines);
        Assert.Equal(paramLines.Count, lines.Count(l => l == "UNWIND $rows AS row"));
        Assert.Contains(lines, l => l.StartsWith("MERGE (a)-[r:MENTIONS]->(b)", StringComparison.Ordinal));

        var stdout = await KgProcess.RunAsync(dir.Path, "export");
        Assert.Equal(File.ReadAllText(dir.File("graph.cypher")).Split("ingestedAt")[0], stdout.Stdout.Split("ingestedAt")[0]);
    }

    [Fact]
    public async Task Export_json_graphml_and_html_hold_every_node_and_relationship_of_the_store()
    {
        using var dir = new TempDir();
        Assert.Equal(0, (await KgProcess.RunAsync(dir.Path, "ingest", RepoPaths.SampleArticles)).ExitCode);
        int articles, entities, relationships;
        using (var store = KnowledgeGraph.Storage.GraphStore.Open(Path.Combine(dir.Path, "kg-data", "graph.db")))
        {
            var c = store.Counts();
            (articles, entities, relationships) = (c.Articles, c.Entities, c.Relationships);
        }

        foreach (var format in new[] { "json", "graphml", "html" })
        {
            var r = await KgProcess.RunAsync(dir.Path, "export", "--format", format, "--out", dir.File("graph." + format));
            Assert.True(r.ExitCode == 0, r.ToString());
        }

        using var json = JsonDocument.Parse(File.ReadAllText(dir.File("graph.json")));
        Assert.Equal(articles + entities, json.RootElement.GetProperty("nodes").GetArrayLength());
        Assert.Equal(relationships, json.RootElement.GetProperty("links").GetArrayLength());

        var graphml = System.Xml.Linq.XDocument.Load(dir.File("graph.graphml"));
        System.Xml.Linq.XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(articles + entities, graphml.Descendants(ns + "node").Count());
        Assert.Equal(relationships, graphml.Descendants(ns + "edge").Count());

        var html = File.ReadAllText(dir.File("graph.html"));
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script src=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Path_json_gives_chains_that_start_and_end_at_the_two_entities()
    {
        using var dir = new TempDir();
        Assert.Equal(0, (await KgProcess.RunAsync(dir.Path, "ingest", RepoPaths.SampleArticles)).ExitCode);
        var r = await KgProcess.RunAsync(dir.Path, "path", "Тумурсух", "Казахстан", "--json");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var json = JsonDocument.Parse(r.Stdout);
        var from = json.RootElement.GetProperty("from").GetString();
        var to = json.RootElement.GetProperty("to").GetString();
        Assert.Equal("Казахстан", to);
        var paths = json.RootElement.GetProperty("paths").EnumerateArray().ToList();
        Assert.NotEmpty(paths);
        var length = paths[0].GetArrayLength();
        foreach (var path in paths)
        {
            var hops = path.EnumerateArray().ToList();
            Assert.Equal(length, hops.Count);
            Assert.Equal(from, hops[0].GetProperty("from").GetString());
            Assert.Equal(to, hops[^1].GetProperty("to").GetString());
            for (var i = 1; i < hops.Count; i++)
            {
                Assert.Equal(hops[i - 1].GetProperty("to").GetString(), hops[i].GetProperty("from").GetString());
            }
        }
    }
}
