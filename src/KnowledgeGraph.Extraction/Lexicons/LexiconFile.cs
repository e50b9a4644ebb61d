namespace KnowledgeGraph.Extraction.Lexicons;

/// <summary>
/// Reads a lexicon file: UTF-8, one entry a line, '#' starts a comment, fields separated by '|'.
/// </summary>
public static class LexiconFile
{
    public static IEnumerable<string[]> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Lexicon file '{path}' is missing.", path);
        }

        foreach (var raw in File.ReadLines(path))
        {
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            yield return [.. line.Split('|').Select(f => Text.TextNormalizer.Normalize(f.Trim())).Where(f => f.Length > 0)];
        }
    }

    /// <summary>The first field of every entry, lower case.</summary>
    public static HashSet<string> ReadWordSet(string path) =>
        new(Read(path).SelectMany(f => f).Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
}
