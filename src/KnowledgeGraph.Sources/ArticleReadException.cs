namespace KnowledgeGraph.Sources;

/// <summary>An article could not be read: the path and a one-line reason.</summary>
public sealed class ArticleReadException(string path, string reason, Exception? inner = null)
    : Exception($"{path}: {reason}", inner)
{
    public string Path { get; } = path;

    public string Reason { get; } = reason;
}
