namespace KnowledgeGraph.Morphology;

/// <summary>
/// Finds the compiled dictionary: <c>graph-seeds/morphology</c> beside a lexicon folder, beside the
/// running assembly (copied there by the build), or in the current directory or one of its parents.
/// </summary>
public static class MorphologyLocator
{
    public const string RelativePath = "graph-seeds/morphology";

    /// <summary>The morphology folder next to a lexicon folder (<c>graph-seeds/lexicons</c> -> <c>graph-seeds/morphology</c>) when it holds the dictionary, else <see cref="FindDefault"/>.</summary>
    public static string FindBeside(string lexiconFolder)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(lexiconFolder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        if (parent is not null)
        {
            var sibling = Path.Combine(parent, "morphology");
            if (File.Exists(Path.Combine(sibling, MorphologyData.FileName)))
            {
                return sibling;
            }
        }

        return FindDefault();
    }

    public static string FindDefault()
    {
        var tried = new List<string>();
        var beside = Path.Combine(AppContext.BaseDirectory, RelativePath);
        tried.Add(beside);
        if (File.Exists(Path.Combine(beside, MorphologyData.FileName)))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, RelativePath);
            tried.Add(candidate);
            if (File.Exists(Path.Combine(candidate, MorphologyData.FileName)))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No morphology dictionary (" + MorphologyData.FileName + ") found; tried: " + string.Join(", ", tried));
    }
}
