namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Questions about the characters of a word, asked as LINQ asks them (same order, same stop) but over the characters
/// themselves: LINQ over a string boxes an enumerator for every call, and the recognisers ask such questions about most tokens.
/// </summary>
internal static class Chars
{
    /// <summary>Whether every character of <paramref name="s"/> passes (true for an empty string), as <see cref="Enumerable.All{T}"/>.</summary>
    public static bool All(ReadOnlySpan<char> s, Func<char, bool> test)
    {
        foreach (var c in s)
        {
            if (!test(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether some character of <paramref name="s"/> passes, as <see cref="Enumerable.Any{T}(IEnumerable{T}, Func{T, bool})"/>.</summary>
    public static bool Any(ReadOnlySpan<char> s, Func<char, bool> test)
    {
        foreach (var c in s)
        {
            if (test(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many characters of <paramref name="s"/> pass, as <see cref="Enumerable.Count{T}(IEnumerable{T}, Func{T, bool})"/>.</summary>
    public static int Count(ReadOnlySpan<char> s, Func<char, bool> test)
    {
        var n = 0;
        foreach (var c in s)
        {
            n += test(c) ? 1 : 0;
        }

        return n;
    }

    /// <summary>The first character of <paramref name="s"/> that passes, as <see cref="Enumerable.First{T}(IEnumerable{T}, Func{T, bool})"/> (which throws when none does).</summary>
    public static char First(ReadOnlySpan<char> s, Func<char, bool> test)
    {
        foreach (var c in s)
        {
            if (test(c))
            {
                return c;
            }
        }

        throw new InvalidOperationException("No character passes.");
    }

    /// <summary>The leading characters of <paramref name="s"/> that pass, as <see cref="Enumerable.TakeWhile{T}(IEnumerable{T}, Func{T, bool})"/>.</summary>
    public static ReadOnlySpan<char> TakeWhile(ReadOnlySpan<char> s, Func<char, bool> test)
    {
        var n = 0;
        while (n < s.Length && test(s[n]))
        {
            n++;
        }

        return s[..n];
    }
}
