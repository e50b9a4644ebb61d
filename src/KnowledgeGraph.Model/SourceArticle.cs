namespace KnowledgeGraph.Model;

/// <summary>An article as read from its source, before any extraction.</summary>
public sealed class SourceArticle
{
    /// <summary>Where it came from, as given by the user (a path or a name).</summary>
    public required string Path { get; init; }

    public required string Title { get; init; }

    /// <summary>The text exactly as decoded: every offset of the graph points into it.</summary>
    public required string Text { get; init; }

    public string? Source { get; init; }

    public string? Url { get; init; }

    public string? Published { get; init; }

    /// <summary>The stable key of this article's content, computed once (the text cannot change).</summary>
    public string Key => _key ??= ArticleKeys.FromText(Text);

    private string? _key;
}
