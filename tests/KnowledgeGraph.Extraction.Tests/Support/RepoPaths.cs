namespace KnowledgeGraph.Extraction.Tests.Support;

/// <summary>Finds the repository root (the folder holding KnowledgeGraph.sln) and the shared folder beside it.</summary>
public static class RepoPaths
{
    public static string? Root { get; } = FindRoot();

    /// <summary><c>../shared</c> beside the repository root, or null when it is not there.</summary>
    public static string? Shared { get; } = Root is null ? null : ExistingOrNull(Path.GetFullPath(Path.Combine(Root, "..", "shared")));

    public static string Lexicons => Path.Combine(Root ?? throw new InvalidOperationException("repository root not found"), "graph-seeds", "lexicons");

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string? ExistingOrNull(string path) => Directory.Exists(path) ? path : null;
}
