using System.Text.RegularExpressions;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cypher.Tests;

public class TemplateCatalogTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "cypher");

    [Fact]
    public void LoadDefault_loads_the_cypher_folder_beside_the_program()
    {
        var catalog = TemplateCatalog.LoadDefault();
        Assert.Equal(Path.GetFullPath(Root), Path.GetFullPath(catalog.Root));
        Assert.Equal(
            Directory.EnumerateFiles(Root, "*.cypher", SearchOption.AllDirectories).Count(),
            catalog.All.Count());
    }

    [Fact]
    public void Every_label_has_a_schema_statement_and_a_node_writer()
    {
        var catalog = TemplateCatalog.Load(Root);
        foreach (var label in GraphLabels.All)
        {
            var schema = catalog.Get("schema/" + label.ToLowerInvariant() + "-key");
            Assert.Contains($"(n:{label})", schema.Body, StringComparison.Ordinal);
            Assert.Empty(schema.Parameters);

            var writer = catalog.NodeWriter(label);
            Assert.Equal(["rows"], writer.Parameters);
            Assert.Empty(writer.Placeholders);
            Assert.Contains($"MERGE (n:{label} {{key: row.key}})", writer.Body, StringComparison.Ordinal);
        }

        Assert.Equal(GraphLabels.All.Count, catalog.Schema.Count());
    }

    [Fact]
    public void Every_relationship_type_has_a_writer_for_that_type()
    {
        var catalog = TemplateCatalog.Load(Root);
        foreach (var type in RelationshipTypes.All)
        {
            var writer = catalog.RelationshipWriter(type);
            Assert.Equal(["rows"], writer.Parameters);
            Assert.Equal(["endLabel", "startLabel"], writer.Placeholders.Order(StringComparer.Ordinal));
            Assert.Contains($"[r:{type}]", writer.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_query_parameter_is_documented_and_every_documented_one_is_used()
    {
        var catalog = TemplateCatalog.Load(Root);
        Assert.NotEmpty(catalog.Queries);
        foreach (var q in catalog.Queries)
        {
            var doc = q.Text.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith("// Parameters:", StringComparison.Ordinal)) ?? "";
            var documented = Regex.Matches(doc, @"\$([A-Za-z_][A-Za-z0-9_]*)").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            Assert.True(documented.SetEquals(q.Parameters), $"{q.Name}: documented {string.Join(",", documented)}, used {string.Join(",", q.Parameters)}");
            Assert.NotEqual(q.Name, q.Description);
        }
    }

    [Fact]
    public void Get_of_an_unknown_template_names_it()
    {
        var catalog = TemplateCatalog.Load(Root);
        var ex = Assert.Throws<CypherTemplateException>(() => catalog.Get("queries/nothing"));
        Assert.Contains("queries/nothing.cypher", ex.Message, StringComparison.Ordinal);
        Assert.Throws<GraphContractException>(() => catalog.NodeWriter("Planet"));
        Assert.Throws<GraphContractException>(() => catalog.RelationshipWriter("LIKES"));
    }

    [Fact]
    public void A_missing_folder_is_refused()
    {
        Assert.Throws<CypherTemplateException>(() => TemplateCatalog.Load(Path.Combine(Root, "no-such-folder")));
    }

    [Theory]
    [InlineData("write/rel-visited.cypher", null, "rel-visited")]
    [InlineData("schema/work-key.cypher", null, "work-key")]
    [InlineData("write/node-city.cypher", "UNWIND $rows AS row MERGE (n:City {key: row.key}) SET n.x = $extra", "$extra")]
    [InlineData("schema/city-key.cypher", "CREATE CONSTRAINT c IF NOT EXISTS FOR (n:City) REQUIRE n.key = $k IS UNIQUE", "schema statement takes no parameters")]
    [InlineData("write/rel-praised.cypher", "UNWIND $rows AS row MATCH (a:Person {key: row.start}) MATCH (b:{{endLabel}} {key: row.end}) MERGE (a)-[r:PRAISED]->(b)", "placeholders")]
    public void A_broken_copy_of_the_folder_is_refused(string file, string? replacement, string expected)
    {
        var copy = Path.Combine(Path.GetTempPath(), "kg-cypher-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var f in Directory.EnumerateFiles(Root, "*.cypher", SearchOption.AllDirectories))
            {
                var target = Path.Combine(copy, Path.GetRelativePath(Root, f));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(f, target);
            }

            TemplateCatalog.Load(copy); // the copy as it is loads
            var path = Path.Combine(copy, file);
            if (replacement is null)
            {
                File.Delete(path);
            }
            else
            {
                File.WriteAllText(path, replacement);
            }

            var ex = Assert.Throws<CypherTemplateException>(() => TemplateCatalog.Load(copy));
            Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }
}
