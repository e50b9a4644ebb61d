namespace KnowledgeGraph.Extraction.Lexicons;

/// <summary>
/// Finds the default lexicon folder: <c>graph-seeds/lexicons</c> beside the running assembly
/// (copied there by the build), else in the current directory or one of its parents.
/// </summary>
public static class LexiconLocator
{
    public const string RelativePath = "graph-seeds/lexicons";

    public static string FindDefault()
    {
        var tried = new List<string>();
        var beside = Path.Combine(AppContext.BaseDirectory, RelativePath);
        tried.Add(beside);
        if (Directory.Exists(beside))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, RelativePath);
            tried.Add(candidate);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No lexicon folder found; tried: " + string.Join(", ", tried));
    }
}
