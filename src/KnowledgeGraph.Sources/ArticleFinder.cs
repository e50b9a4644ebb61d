namespace KnowledgeGraph.Sources;

/// <summary>Expands the paths given by the user into article files, in a stable order.</summary>
public static class ArticleFinder
{
    /// <summary>
    /// Files are taken as they are; folders are searched recursively for article extensions.
    /// A path that does not exist yields an error entry, so the caller reports it and goes on.
    /// Inside folders, symbolic links are skipped unless <paramref name="followLinks"/>; then each
    /// folder is entered once (a link loop ends) and each file is taken once.
    /// </summary>
    public static IEnumerable<(string Path, string? Error)> Expand(IEnumerable<string> paths, bool followLinks = false)
    {
        foreach (var p in paths)
        {
            if (File.Exists(p))
            {
                yield return (p, null);
            }
            else if (Directory.Exists(p))
            {
                var files = Walk(p, followLinks)
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

    /// <summary>Folders deeper than this below the folder given are not searched (the last guard against link loops).</summary>
    private const int MaxDepth = 64;

    private static List<string> Walk(string root, bool followLinks)
    {
        // Folders and files are known by their real path (links resolved), so a folder is entered
        // once and a file reached by two routes is taken once.
        var files = new List<string>();
        var seenFolders = new HashSet<string>(StringComparer.Ordinal);
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Folder, string Real, int Depth)>();
        pending.Push((root, RealPath(new DirectoryInfo(root), System.IO.Path.GetFullPath(root)), 0));
        while (pending.Count > 0)
        {
            var (folder, real, depth) = pending.Pop();
            if (depth > MaxDepth || !seenFolders.Add(real))
            {
                continue; // a link back to a folder already searched
            }

            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true }))
            {
                var link = entry.LinkTarget is not null;
                if (link && !followLinks)
                {
                    continue;
                }

                var entryReal = link ? RealPath(entry, System.IO.Path.Combine(real, entry.Name)) : System.IO.Path.Combine(real, entry.Name);
                var path = System.IO.Path.Combine(folder, entry.Name);
                if (entry is DirectoryInfo || (link && Directory.Exists(entry.FullName)))
                {
                    pending.Push((path, entryReal, depth + 1));
                }
                else if (File.Exists(entry.FullName) && seenFiles.Add(entryReal))
                {
                    files.Add(path);
                }
            }
        }

        return files;
    }

    private static string RealPath(FileSystemInfo entry, string fallback)
    {
        try
        {
            return entry.LinkTarget is null ? fallback : entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? fallback;
        }
        catch (IOException)
        {
            return fallback; // a broken link or a loop of links: taken as itself
        }
    }

    /// <summary>A file with an article extension that is not hidden below <paramref name="root"/>.</summary>
    public static bool IsArticleFile(string root, string path) =>
        ArticleReader.Extensions.Contains(Path.GetExtension(path)) && !IsHidden(root, path);

    /// <summary>A dot file, or a file inside a dot folder (.git, .cache) below the folder searched.</summary>
    private static bool IsHidden(string root, string path) =>
        Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part.StartsWith('.'));
}
