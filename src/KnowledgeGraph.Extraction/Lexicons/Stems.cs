namespace KnowledgeGraph.Extraction.Lexicons;

/// <summary>
/// Crude Russian stemming for lexicon look-ups: a lexicon word (nominative) loses its
/// nominative ending; a text word may lose any case ending. A text word matches a lexicon
/// word when one of its candidate stems equals the lexicon stem («Москвы» ~ «Москва»,
/// «Государственного» ~ «Государственный»). All-caps abbreviations are never cut.
/// </summary>
public static class Stems
{
    private static readonly string[] NominativeEndings =
        SortLongestFirst("а я о е ь й ы и ия ие ий ый ой ая яя ое ее ые ья ье");

    private static readonly string[] CaseEndings = SortLongestFirst(
        "а я о е ы и у ю ь й ой ей ий ый ая яя ое ее ые ие ую юю ым им ом ем ых их ого его ому ему " +
        "ыми ими ами ями ах ях ам ям ов ев ией ием ия ии ию ье ья ьи ью ьем ою ею ьей");

    /// <summary>The case endings by length (index = length), each a set looked up by the word's last letters.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] CaseEndingsByLength = ByLength(CaseEndings);

    private const int MinStem = 2;

    /// <summary>The most candidate stems a word has: itself and one per ending length.</summary>
    public static readonly int MaxCandidates = CaseEndingsByLength.Length;

    /// <summary>The stem of a lexicon word given in the nominative (lower case).</summary>
    public static string OfLexiconWord(string lower)
    {
        if (IsAbbreviationLike(lower))
        {
            return lower;
        }

        foreach (var e in NominativeEndings)
        {
            if (lower.Length - e.Length >= MinStem && lower.EndsWith(e, StringComparison.Ordinal))
            {
                return lower[..^e.Length];
            }
        }

        return lower;
    }

    /// <summary>Every stem a text word (lower case) may have: itself and each case ending cut off, longest ending first.</summary>
    public static string[] CandidatesOf(string lower, bool allCaps)
    {
        Span<int> lengths = stackalloc int[MaxCandidates];
        var count = CandidateLengths(lower, allCaps, lengths);
        var stems = new string[count];
        stems[0] = lower;
        for (var k = 1; k < count; k++)
        {
            stems[k] = lower[..lengths[k]];
        }

        return stems;
    }

    /// <summary>
    /// The lengths of the candidate stems of <paramref name="lower"/> (each a prefix of it), in the order of
    /// <see cref="CandidatesOf"/>, written to <paramref name="lengths"/> (at least <see cref="MaxCandidates"/> long); returns how many.
    /// No string is made: at most one ending of each length can end a word, so a set per length finds it.
    /// </summary>
    public static int CandidateLengths(ReadOnlySpan<char> lower, bool allCaps, Span<int> lengths)
    {
        lengths[0] = lower.Length;
        if (IsAbbreviationLike(lower) || (allCaps && lower.Length < 4))
        {
            return 1;
        }

        var count = 1;
        for (var n = CaseEndingsByLength.Length - 1; n >= 1; n--)
        {
            if (lower.Length - n >= MinStem && CaseEndingsByLength[n].Contains(lower[^n..]))
            {
                lengths[count++] = lower.Length - n;
            }
        }

        return count;
    }

    // a digit anywhere; the Cyrillic block holds none, so its letters skip the Unicode table
    private static bool IsAbbreviationLike(ReadOnlySpan<char> lower)
    {
        foreach (var c in lower)
        {
            if (c is >= '0' and <= '9' || (c >= '\u0080' && c is not (>= '\u0400' and <= '\u04ff') && char.IsDigit(c)))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] ByLength(string[] endings)
    {
        var sets = new HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[endings.Max(e => e.Length) + 1];
        for (var n = 0; n < sets.Length; n++)
        {
            sets[n] = new HashSet<string>(endings.Where(e => e.Length == n), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        }

        return sets;
    }

    private static string[] SortLongestFirst(string words) =>
        [.. words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().OrderByDescending(w => w.Length)];
}
