using System.IO.Enumeration;

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

            foreach (var (name, fullName, isDirectory) in Entries(folder))
            {
                // One readlink per entry tells a link from the rest; a plain entry is known from the listing alone (no stat).
                var link = new FileInfo(fullName).LinkTarget is not null;
                if (link && !followLinks)
                {
                    continue;
                }

                var entryReal = link ? RealPath(new FileInfo(fullName), System.IO.Path.Combine(real, name)) : System.IO.Path.Combine(real, name);
                var path = System.IO.Path.Combine(folder, name);
                if (isDirectory || (link && Directory.Exists(fullName)))
                {
                    pending.Push((path, entryReal, depth + 1));
                }
                else if ((!link || File.Exists(fullName)) && seenFiles.Add(entryReal))
                {
                    files.Add(path);
                }
            }
        }

        return files;
    }

    /// <summary>The entries of one folder: name, full path, and whether it is a folder (a link to a folder counts as one).</summary>
    private static FileSystemEnumerable<(string Name, string FullName, bool IsDirectory)> Entries(string folder) =>
        new(
            folder,
            (ref FileSystemEntry e) => (e.FileName.ToString(), e.ToFullPath(), e.IsDirectory),
            new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true });

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
    private static bool IsHidden(string root, string path)
    {
        // A path found below root starts with root as given: what follows is the part below it, with no full
        // path to resolve (each resolution of a relative path asks the system for the working directory).
        var below = IsBelow(root, path) ? path.AsSpan(root.Length) : Path.GetRelativePath(root, path).AsSpan();
        foreach (var part in below.SplitAny(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
        {
            if (below[part].StartsWith('.'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="root"/> as given followed by more path (not "/a/bc" below "/a/b").</summary>
    private static bool IsBelow(string root, string path) =>
        root.Length > 0 && path.StartsWith(root, StringComparison.Ordinal)
        && (path.Length == root.Length || IsSeparator(path[root.Length]) || IsSeparator(root[^1]));

    private static bool IsSeparator(char c) => c == Path.DirectorySeparatorChar || c == Path.AltDirectorySeparatorChar;
}
