namespace KnowledgeGraph.Model;

/// <summary>
/// Lower and upper case of Latin and Cyrillic letters from a table, with exactly the answers of
/// <see cref="char.ToLowerInvariant"/> and <see cref="string.ToLowerInvariant"/> (the table is built
/// from them). Those go through ICU, one native call per character or per string, which cost an
/// eighth of extraction's time; any character past the table still goes to them.
/// </summary>
public static class TextCase
{
    /// <summary>Basic Latin up to the end of Cyrillic Supplement.</summary>
    private const int TableSize = 0x530;

    private static readonly char[] Lower = Build(char.ToLowerInvariant);
    private static readonly char[] Upper = Build(char.ToUpperInvariant);

    public static char ToLower(char c) => c < TableSize ? Lower[c] : char.ToLowerInvariant(c);

    public static char ToUpper(char c) => c < TableSize ? Upper[c] : char.ToUpperInvariant(c);

    /// <summary>The same as <see cref="string.ToLowerInvariant"/>.</summary>
    public static string ToLower(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return !InTable(s, Lower, out var changes) ? s.ToLowerInvariant() : changes ? Map(s, Lower) : s;
    }

    /// <summary>The same as <see cref="string.ToUpperInvariant"/>.</summary>
    public static string ToUpper(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return !InTable(s, Upper, out var changes) ? s.ToUpperInvariant() : changes ? Map(s, Upper) : s;
    }

    /// <summary>The same as <c>new string(s).ToLowerInvariant()</c>.</summary>
    public static string ToLower(ReadOnlySpan<char> s) => InTable(s, Lower, out _) ? Map(s, Lower) : new string(s).ToLowerInvariant();

    /// <summary>
    /// Whether every character of <paramref name="s"/> is in the table (past it, a surrogate pair is
    /// cased as one code point: left to the runtime), and whether any of them changes.
    /// </summary>
    private static bool InTable(ReadOnlySpan<char> s, char[] table, out bool changes)
    {
        changes = false;
        foreach (var c in s)
        {
            if (c >= TableSize)
            {
                return false;
            }

            changes |= table[c] != c;
        }

        return true;
    }

    private static string Map(ReadOnlySpan<char> s, char[] table)
    {
        Span<char> buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            buffer[i] = table[s[i]];
        }

        return new string(buffer);
    }

    private static char[] Build(Func<char, char> map)
    {
        var table = new char[TableSize];
        for (var c = 0; c < TableSize; c++)
        {
            table[c] = map((char)c);
        }

        return table;
    }
}
