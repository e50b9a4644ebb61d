namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Whether a word starts or ends with one of a list of affixes: a plain loop, where a lambda over the list
/// would cost an allocation at every token the recognisers and rules look at.
/// </summary>
internal static class Affixes
{
    public static bool EndsWithAny(ReadOnlySpan<char> word, ReadOnlySpan<string> endings, StringComparison comparison = StringComparison.Ordinal)
    {
        foreach (var e in endings)
        {
            if (word.EndsWith(e, comparison))
            {
                return true;
            }
        }

        return false;
    }

    public static bool StartsWithAny(ReadOnlySpan<char> word, ReadOnlySpan<string> starts)
    {
        foreach (var s in starts)
        {
            if (word.StartsWith(s, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
