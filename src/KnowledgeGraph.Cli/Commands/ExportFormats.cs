using KnowledgeGraph.Cypher;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>The export formats and the writer of each.</summary>
internal static class ExportFormats
{
    public static string[] Names { get; } = ["cypher"];

    public static async Task WriteAsync(string format, GraphSnapshot graph, TemplateCatalog catalog, int batchSize, TextWriter output, string storePath, CancellationToken cancellationToken)
    {
        switch (format)
        {
            case "cypher":
                var header =
                    $"Knowledge graph exported by kg from {storePath}\n"
                    + $"{graph.Articles.Count} articles, {graph.Entities.Count} entities, {graph.Relationships.Count} relationships.\n"
                    + "Run with: cypher-shell -f FILE (or paste into Neo4j Browser). Every value is a parameter.";
                await CypherScriptWriter.WriteAsync(output, header, GraphRows.Schema(catalog), GraphRows.Statements(graph, catalog, batchSize), cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new ArgumentException($"unknown export format '{format}'");
        }
    }
}
