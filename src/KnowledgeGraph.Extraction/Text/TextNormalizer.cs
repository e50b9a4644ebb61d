namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Folds a text char for char (the result has the same length, so offsets are shared):
/// Latin look-alike letters inside Cyrillic words become Cyrillic, ё becomes е,
/// dashes become '-', odd spaces become ' ', typographic double quotes “ ” „ become '"'.
/// Guillemets «» are kept.
/// </summary>
public static class TextNormalizer
{
    private const string LatinLookAlikes = "ABCEHKMOPTXaceopxy";
    private const string CyrillicTwins = "АВСЕНКМОРТХасеорху";

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (chars, source) =>
        {
            // the text as it is, then the few characters that fold (found by a vectorised search: most of a Russian text is
            // Cyrillic letters and ASCII, which fold to themselves)
            source.CopyTo(chars);
            for (var i = chars.IndexOfAny(Folding); i >= 0;)
            {
                chars[i] = FoldSimple(chars[i]);
                var next = chars[(i + 1)..].IndexOfAny(Folding);
                i = next < 0 ? -1 : i + 1 + next;
            }

            // every look-alike is a letter «A»..«y», in text order: a twin put in place counts as Cyrillic for the ones after it
            for (var i = chars.IndexOfAnyInRange('A', 'y'); i >= 0;)
            {
                var k = LatinLookAlikes.IndexOf(chars[i], StringComparison.Ordinal);
                if (k >= 0 && TouchesCyrillic(chars, i))
                {
                    chars[i] = CyrillicTwins[k];
                }

                var next = chars[(i + 1)..].IndexOfAnyInRange('A', 'y');
                i = next < 0 ? -1 : i + 1 + next;
            }
        });
    }

    // the characters FoldSimple changes
    private static readonly System.Buffers.SearchValues<char> Folding = System.Buffers.SearchValues.Create(
        "ёЁ\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00A0\u2007\u2009\u200A\u202F\u2002\u2003\u3000\u201C\u201D\u201E\u201F\u2019\u2018");

    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    /// <summary>An apostrophe as written: «'», «’», «‘» or the modifier letter «ʼ».</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';

    private static char FoldSimple(char c) => c switch
    {
        'ё' => 'е',
        'Ё' => 'Е',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' or '\u2007' or '\u2009' or '\u200A' or '\u202F' or '\u2002' or '\u2003' or '\u3000' => ' ',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' => '"',
        '\u2019' or '\u2018' => '\'',
        _ => c,
    };

    // A look-alike is Cyrillic when a neighbouring letter of the same word is Cyrillic; an apostrophe between
    // letters is inside the word («O'Рейли»).
    private static bool TouchesCyrillic(Span<char> chars, int i)
    {
        for (var j = i - 1; j >= 0 && InWord(chars, j); j--)
        {
            if (IsCyrillic(chars[j]))
            {
                return true;
            }
        }

        for (var j = i + 1; j < chars.Length && InWord(chars, j); j++)
        {
            if (IsCyrillic(chars[j]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InWord(Span<char> chars, int j) =>
        char.IsLetter(chars[j]) || (chars[j] == '\'' && j > 0 && j + 1 < chars.Length && char.IsLetter(chars[j - 1]) && char.IsLetter(chars[j + 1]));
}
