namespace KnowledgeGraph.Extraction.Lexicons;

/// <summary>
/// Reads a lexicon file: UTF-8, one entry a line, '#' starts a comment, fields separated by '|'; a field
/// starting with '@' is an attribute of the entry, not one of its names. Every vocabulary of the extractor,
/// entity lexicons and relation lists alike, is read through here.
/// </summary>
public static class LexiconFile
{
    public static IEnumerable<string[]> Read(string path) =>
        ReadLines(path).Select(line => line.Split('|').Select(f => Text.TextNormalizer.Normalize(f.Trim())).Where(f => f.Length > 0).ToArray());

    /// <summary>The entries of a file as whole lines: comments and blank lines dropped, the rest trimmed.</summary>
    public static IEnumerable<string> ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Lexicon file '{path}' is missing.", path);
        }

        foreach (var raw in File.ReadLines(path))
        {
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }

    /// <summary>Whether a field states a fact about the entry («@in Россия», «@capital») rather than naming it.</summary>
    public static bool IsAttribute(string field) => field.StartsWith('@');

    /// <summary>The first field of every entry, lower case.</summary>
    public static HashSet<string> ReadWordSet(string path) =>
        new(Read(path).SelectMany(f => f).Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
}
