namespace KnowledgeGraph.Cli.Pipeline;

public enum ArticleStatus
{
    Stored,
    AlreadyStored,
    Failed,
}

/// <summary>What happened to one article.</summary>
public sealed record ArticleOutcome(
    string Path, ArticleStatus Status, string? ArticleKey = null, int EntitiesAdded = 0, int RelationshipsAdded = 0, string? Error = null)
{
    /// <summary>The one-line error a user sees: the path and the reason.</summary>
    public string ErrorLine => $"{Hosting.TerminalText.Path(Path)}: {Hosting.TerminalText.Safe(Error)}";
}
