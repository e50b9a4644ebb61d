namespace KnowledgeGraph.Export;

/// <summary>Options of the HTML export.</summary>
public sealed record HtmlExportOptions
{
    /// <summary>The page title and heading.</summary>
    public string Title { get; init; } = "Knowledge graph";

    /// <summary>
    /// At most this many nodes are drawn: the best-connected ones and the links among them (the page says
    /// how many were left out). Null draws everything; the page stays responsive to a few thousand.
    /// </summary>
    public int? MaxNodes { get; init; } = 5000;

    /// <summary>Seed of the layout's starting jitter: the same graph and seed give the same picture.</summary>
    public int LayoutSeed { get; init; } = 1;
}
