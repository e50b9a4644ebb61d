using System.Text.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// The README's schema of the graph JSON is true: its examples (one per label and per relationship type) keep the
/// schema and pass the contract's validator, and what kg extract and kg export write keeps the schema too.
/// </summary>
public class ReadmeSchemaTests
{
    private static JsonElement Schema(string what) =>
        JsonDocument.Parse(string.Join("\n", ReadmeBlock.Marked("graph-json schema: " + what).Lines)).RootElement;

    private static List<string> ExampleLines(string marker) =>
        ReadmeBlock.Marked(marker).Lines.Where(l => l.StartsWith('{')).ToList();

    [Fact]
    public void There_is_one_example_per_label_and_per_relationship_type_and_each_keeps_the_schema()
    {
        var entities = ExampleLines("graph-json examples: entities");
        var relationships = ExampleLines("graph-json examples: relationships");
        var labels = entities.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("label").GetString()).ToList();
        var types = relationships.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("type").GetString()).ToList();
        Assert.Equal(GraphLabels.All.Where(l => l != GraphLabels.Article).Order(StringComparer.Ordinal), labels.Order(StringComparer.Ordinal));
        Assert.Equal(RelationshipTypes.All.Order(StringComparer.Ordinal), types.Order(StringComparer.Ordinal));

        var problems = entities.SelectMany(l => JsonSchemaCheck.Problems(JsonDocument.Parse(l).RootElement, Schema("entity")).Select(p => l[..40] + ": " + p))
            .Concat(relationships.SelectMany(l => JsonSchemaCheck.Problems(JsonDocument.Parse(l).RootElement, Schema("relationship")).Select(p => l[..40] + ": " + p)))
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_examples_pass_the_contracts_validator()
    {
        var entities = ExampleLines("graph-json examples: entities").Select(l => JsonSerializer.Deserialize<Entity>(l, GraphJson.Options)!).ToList();
        var relationships = ExampleLines("graph-json examples: relationships").Select(l => JsonSerializer.Deserialize<Relationship>(l, GraphJson.Options)!).ToList();
        // The two more people the README names for the ends of its examples.
        entities.Add(new Entity { Key = "person:morel-j", Label = GraphLabels.Person, Name = "Жан Морель" });
        entities.Add(new Entity { Key = "person:duval-c", Label = GraphLabels.Person, Name = "Клэр Дюваль" });
        var article = relationships.Single(r => r.Type == RelationshipTypes.Mentions).Start;
        var document = new GraphDocument
        {
            Article = new ArticleInfo { Key = article, Title = "Пример" },
            Entities = entities,
            Relationships = relationships,
        };

        Assert.Empty(GraphValidator.Check(document));
        var spans = entities.SelectMany(e => e.Mentions).Concat(relationships.SelectMany(r => r.AllEvidence.Append(r.Evidence))).OfType<TextSpan>();
        Assert.All(spans, s => Assert.Equal(s.Text.Length, s.End - s.Start));
    }

    [Fact]
    public async Task What_kg_extract_and_kg_export_write_keeps_the_readme()
    {
        using var dir = new TempDir();
        var extract = await KgProcess.RunAsync(dir.Path, "extract", RepoPaths.SampleArticles, "--out", dir.File("json"));
        Assert.True(extract.ExitCode == 0, extract.ToString());
        var problems = new List<string>();
        foreach (var file in Directory.GetFiles(dir.File("json"), "*.json"))
        {
            using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(file));
            problems.AddRange(doc.RootElement.GetProperty("entities").EnumerateArray().SelectMany(e => JsonSchemaCheck.Problems(e, Schema("entity"))));
            problems.AddRange(doc.RootElement.GetProperty("relationships").EnumerateArray().SelectMany(r => JsonSchemaCheck.Problems(r, Schema("relationship"))));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(20)));

        Assert.Equal(0, (await KgProcess.RunAsync(dir.Path, "ingest", RepoPaths.SampleArticles)).ExitCode);
        var export = await KgProcess.RunAsync(dir.Path, "export", "--format", "json");
        Assert.True(export.ExitCode == 0, export.ToString());
        using var graph = JsonDocument.Parse(export.Stdout);
        var examples = ExampleLines("export-json examples").Select(l => JsonDocument.Parse(l).RootElement).ToList();
        static string Keys(JsonElement e) => string.Join(",", e.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(graph.RootElement.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(Keys(examples[0]), Keys(n)));
        Assert.All(graph.RootElement.GetProperty("links").EnumerateArray(), l =>
        {
            Assert.Equal(Keys(examples[1]), Keys(l));
            Assert.All(l.GetProperty("evidence").EnumerateArray(), e => Assert.Equal(Keys(examples[1].GetProperty("evidence")[0]), Keys(e)));
        });
    }
}
