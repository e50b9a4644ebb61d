using KnowledgeGraph.Cypher;
using KnowledgeGraph.Export;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>The export formats and the writer of each.</summary>
internal static class ExportFormats
{
    public static string[] Names { get; } = ["cypher", "json", "graphml", "html"];

    public static Task WriteAsync(string format, GraphSnapshot graph, TemplateCatalog catalog, int batchSize, TextWriter output, string storePath, CancellationToken cancellationToken) =>
        format switch
        {
            "cypher" => CypherScriptWriter.WriteAsync(
                output,
                $"Knowledge graph exported by kg from {storePath}\n"
                + $"{graph.Articles.Count} articles, {graph.Entities.Count} entities, {graph.Relationships.Count} relationships.\n"
                + "Run with: cypher-shell -f FILE (or paste into Neo4j Browser). Every value is a parameter.",
                GraphRows.Schema(catalog),
                GraphRows.Statements(graph, catalog, batchSize),
                cancellationToken),
            "json" => GraphJsonExport.WriteAsync(graph, output, cancellationToken),
            "graphml" => GraphMlExport.WriteAsync(graph, output, cancellationToken),
            "html" => HtmlGraphExport.WriteAsync(graph, output, new HtmlExportOptions { Title = $"Knowledge graph: {graph.Entities.Count} entities, {graph.Relationships.Count} relationships" }, cancellationToken),
            _ => throw new ArgumentException($"unknown export format '{format}'"),
        };
}
