namespace KnowledgeGraph.Sources;

/// <summary>Expands the paths given by the user into article files, in a stable order.</summary>
public static class ArticleFinder
{
    /// <summary>
    /// Files are taken as they are; folders are searched recursively for article extensions.
    /// A path that does not exist yields an error entry, so the caller reports it and goes on.
    /// </summary>
    public static IEnumerable<(string Path, string? Error)> Expand(IEnumerable<string> paths)
    {
        foreach (var p in paths)
        {
            if (File.Exists(p))
            {
                yield return (p, null);
            }
            else if (Directory.Exists(p))
            {
                var files = Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)
                    .Where(f => IsArticleFile(p, f))
                    .Order(StringComparer.Ordinal);
                foreach (var f in files)
                {
                    yield return (f, null);
                }
            }
            else
            {
                yield return (p, "no such file or directory");
            }
        }
    }

    /// <summary>A file with an article extension that is not hidden below <paramref name="root"/>.</summary>
    public static bool IsArticleFile(string root, string path) =>
        ArticleReader.Extensions.Contains(Path.GetExtension(path)) && !IsHidden(root, path);

    /// <summary>A dot file, or a file inside a dot folder (.git, .cache) below the folder searched.</summary>
    private static bool IsHidden(string root, string path) =>
        Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part.StartsWith('.'));
}
