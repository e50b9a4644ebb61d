using KnowledgeGraph.Texts;

namespace KnowledgeGraph.Export;

/// <summary>Options of the HTML export.</summary>
public sealed record HtmlExportOptions
{
    /// <summary>The page title and heading; null: «Knowledge graph» in the page's language.</summary>
    public string? Title { get; init; }

    /// <summary>The language of the page's own words and of the display names of labels and types.</summary>
    public UiLanguage Language { get; init; } = UiLanguage.English;

    /// <summary>
    /// At most this many nodes are drawn: the best-connected ones and the links among them (the page says
    /// how many were left out). Null draws everything; the page stays responsive to a few thousand.
    /// </summary>
    public int? MaxNodes { get; init; } = 5000;

    /// <summary>Seed of the layout's starting jitter: the same graph and seed give the same picture.</summary>
    public int LayoutSeed { get; init; } = 1;
}
