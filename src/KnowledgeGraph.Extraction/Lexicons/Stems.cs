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

    private const int MinStem = 2;

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

    /// <summary>Every stem a text word (lower case) may have: itself and each case ending cut off.</summary>
    public static IEnumerable<string> CandidatesOf(string lower, bool allCaps)
    {
        yield return lower;
        if (IsAbbreviationLike(lower) || (allCaps && lower.Length < 4))
        {
            yield break;
        }

        foreach (var e in CaseEndings)
        {
            if (lower.Length - e.Length >= MinStem && lower.EndsWith(e, StringComparison.Ordinal))
            {
                yield return lower[..^e.Length];
            }
        }
    }

    private static bool IsAbbreviationLike(string lower)
    {
        foreach (var c in lower)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] SortLongestFirst(string words) =>
        [.. words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().OrderByDescending(w => w.Length)];
}
