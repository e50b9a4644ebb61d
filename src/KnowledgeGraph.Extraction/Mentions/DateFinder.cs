using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// Dates in a sentence: «28 июня 2010 года», «28 июня», «в 2022 г.», «в 2022 году»,
/// returned as ISO-like strings («2010-06-28», «--06-28», «2022»); a day and month without a year
/// take the article's year when its publication date is known.
/// </summary>
public static class DateFinder
{
    private static readonly string[] Months =
        ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];

    public static string? FirstIn(MentionContext c, int sentence)
    {
        var t = c.Tokens;
        // the sentence's tokens only: a binary search to its first one (tokens are in the order of their sentences)
        for (var i = FirstOf(t, sentence); i < t.Count && t[i].Sentence == sentence; i++)
        {
            if (t[i].Kind != TokenKind.Number)
            {
                continue;
            }

            var n = int.TryParse(t[i].Text, out var v) ? v : -1;
            var month = i + 1 < t.Count ? MonthOf(t[i + 1].Lower) : 0;
            if (n is >= 1 and <= 31 && month > 0)
            {
                var year = i + 2 < t.Count && t[i + 2].Kind == TokenKind.Number && int.TryParse(t[i + 2].Text, out var y) && y is > 1000 and < 3000 ? y : 0;
                year = year > 0 ? year : c.ArticleYear ?? 0; // «12 мая» in an article of 2026 is 12 May 2026
                return year > 0 ? $"{year:D4}-{month:D2}-{n:D2}" : $"--{month:D2}-{n:D2}";
            }

            if (n is > 1000 and < 3000 && i + 1 < t.Count && t[i + 1].Lower is "г" or "года" or "году" or "год" or "гг")
            {
                return n.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>The index of the first token of sentence <paramref name="sentence"/> or after it (<paramref name="tokens"/>' count when none).</summary>
    internal static int FirstOf(List<Token> tokens, int sentence)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (tokens[mid].Sentence < sentence)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int MonthOf(string lower)
    {
        if (lower.Length < 3 || lower.Length > 9)
        {
            return 0;
        }

        for (var m = 0; m < Months.Length; m++)
        {
            var stem = Months[m];
            if (lower.StartsWith(stem, StringComparison.Ordinal) && (m != 4 || lower is "мая" or "май" or "мае"))
            {
                return m + 1;
            }
        }

        return 0;
    }
}
