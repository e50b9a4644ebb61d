using KnowledgeGraph.Cypher;
using KnowledgeGraph.Export;
using KnowledgeGraph.Model;
using KnowledgeGraph.Texts;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>The export formats and the writer of each.</summary>
internal static class ExportFormats
{
    public static string[] Names { get; } = ["cypher", "json", "graphml", "html"];

    public static Task WriteAsync(string format, GraphSnapshot graph, TemplateCatalog catalog, int batchSize, TextWriter output, string storePath, UiLanguage language, CancellationToken cancellationToken) =>
        format switch
        {
            "cypher" => CypherScriptWriter.WriteAsync(
                output,
                Messages.For(language).CypherScriptHeader(storePath, GraphCounts.Of(graph)),
                GraphRows.Schema(catalog),
                GraphRows.Statements(graph, catalog, batchSize),
                cancellationToken),
            "json" => GraphJsonExport.WriteAsync(graph, output, cancellationToken),
            "graphml" => GraphMlExport.WriteAsync(graph, output, cancellationToken),
            "html" => HtmlGraphExport.WriteAsync(graph, output, new HtmlExportOptions { Language = language }, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
}
