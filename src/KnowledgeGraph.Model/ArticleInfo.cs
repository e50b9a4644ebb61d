namespace KnowledgeGraph.Model;

/// <summary>The article block of a graph document.</summary>
public sealed class ArticleInfo
{
    /// <summary>Stable key derived from the normalised text (see <see cref="ArticleKeys"/>).</summary>
    public required string Key { get; init; }

    public required string Title { get; init; }

    /// <summary>The agency or outlet, when the text or metadata names it.</summary>
    public string? Source { get; init; }

    public string Language { get; init; } = "ru";

    /// <summary>The path as given on the command line.</summary>
    public string? Path { get; init; }

    public string? Url { get; init; }

    /// <summary>Publication date as given by the metadata (ISO 8601 when known).</summary>
    public string? Published { get; init; }

    /// <summary>The place of the dateline («ВАШИНГТОН. КАЗИНФОРМ - …»), nominative.</summary>
    public string? Place { get; init; }
}
