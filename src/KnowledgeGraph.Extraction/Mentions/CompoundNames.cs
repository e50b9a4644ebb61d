using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// The extent of names that are written, not declined: a run of capitalised Latin words glued by
/// «of», «and», «&amp;» («Goldman Sachs», «Procter &amp; Gamble», «Bank of East Asia»), with digits
/// («Tele2», «3Com») and a closing «!» («Yahoo!»); and words joined by a dot with no space, a site
/// or a brand («Lenta.ru», «Kaspi.kz», «Яндекс.Маркет», «Лента.ру», «baltinfo.ru»).
/// </summary>
public static class CompoundNames
{
    private static readonly HashSet<string> LatinGlue = new(StringComparer.Ordinal) { "of", "and", "the", "for", "de", "du", "des", "la", "le", "und", "&", "+" };

    // top-level domains that make «word.ru» a site even in lower case
    private static readonly HashSet<string> Domains = new(StringComparer.Ordinal)
    {
        "ru", "рф", "ру", "su", "com", "net", "org", "info", "biz", "kz", "ua", "by", "uz", "kg", "am", "ge", "az", "tj", "md",
        "de", "uk", "fr", "us", "io", "tv", "fm", "me", "eu", "cn", "jp",
    };

    /// <summary>The end (exclusive) of a Latin name starting at token <paramref name="i"/>, or <paramref name="i"/> when none starts there.</summary>
    public static int LatinEnd(MentionContext c, int i)
    {
        var t = c.Tokens;
        if (!IsLatinName(t[i]))
        {
            return i;
        }

        var end = i + 1;
        while (end < t.Count && c.SameSentence(i, end) && c.OwnerOf(end) is null)
        {
            if (IsLatinName(t[end]) && t[end].Start - t[end - 1].End <= 1)
            {
                end++;
            }
            else if (end + 1 < t.Count && (LatinGlue.Contains(t[end].Lower) || t[end].Is('.')) && IsLatinWord(t[end + 1]) && t[end + 1].Start - t[end].End <= 1
                     && (!t[end].Is('.') || (t[end].Start == t[end - 1].End && t[end + 1].Start == t[end].End)))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        // «Yahoo!» inside a sentence: the mark is part of the name
        if (end + 1 < t.Count && t[end].Is('!') && t[end].Start == t[end - 1].End && c.SameSentence(end, end + 1)
            && (t[end + 1].Kind == TokenKind.Punct || (t[end + 1].IsWord && !t[end + 1].IsCapitalized)))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// The end of a dotted name starting at <paramref name="i"/> («Яндекс.Маркет», «baltinfo.ru»), or
    /// <paramref name="i"/>: words joined by dots with no space, the first capitalised or the last a domain.
    /// </summary>
    public static int DottedEnd(MentionContext c, int i)
    {
        var t = c.Tokens;
        if (!t[i].IsWord || t[i].Text.Length < 3 || (i > 0 && t[i - 1].End == t[i].Start && t[i - 1].Is('.')))
        {
            return i;
        }

        var end = i + 1;
        while (end + 1 < t.Count && t[end].Is('.') && t[end].Start == t[end - 1].End && t[end + 1].Start == t[end].End && t[end + 1].IsWord)
        {
            end += 2;
        }

        if (end == i + 1)
        {
            return i;
        }

        // «кремль.рф» in quotes is a domain being talked about, not a site quoted as a source
        if (!t[i].IsCapitalized && i > 0 && (t[i - 1].Is('«') || t[i - 1].Is('"')))
        {
            return i;
        }

        var last = t[end - 1];
        var site = Domains.Contains(last.Lower);
        var brand = t[i].IsCapitalized && last.IsCapitalized && last.Text.Length >= 3 && !t[i].IsAllCaps;
        return site || brand ? end : i;
    }

    /// <summary>An English word in capitals («NEWS», «SUMUS»): five or more Latin capitals, not an organisation by itself.</summary>
    public static bool IsShoutedWord(Token t)
    {
        if (!t.IsAllCaps || t.Text.Length < 5 || !Chars.All(t.Text, ch => ch is >= 'A' and <= 'Z'))
        {
            return false;
        }

        // a word can be read aloud: vowels, and never three consonants in a row («USPTO» is an acronym)
        var run = 0;
        foreach (var ch in t.Text)
        {
            run = "AEIOUY".Contains(ch, StringComparison.Ordinal) ? 0 : run + 1;
            if (run >= 3)
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsLatinWord(Token t) => t.IsWord && Chars.All(t.Text, ch => ch is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '\'');

    /// <summary>
    /// A capitalised Latin word that may be (part of) a name: «Vestas», «Tele2», «3Com»; not a roman
    /// numeral, and digits only with lower-case letters around them («MP3», «4G» are not names).
    /// </summary>
    public static bool IsLatinName(Token t)
    {
        if (!IsLatinWord(t) || t.Text.Length < 2 || Chars.All(t.Text, ch => "IVXLCDM".Contains(ch, StringComparison.Ordinal)))
        {
            return false;
        }

        if (!Chars.Any(t.Text, char.IsDigit))
        {
            return char.IsUpper(t.Text[0]);
        }

        var lower = Chars.Count(t.Text, char.IsLower);
        var firstLetter = Chars.First(t.Text, char.IsLetter);
        return lower >= 2 && char.IsUpper(firstLetter);
    }
}
