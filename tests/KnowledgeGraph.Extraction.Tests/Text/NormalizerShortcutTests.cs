using System.Text;
using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Text;

/// <summary>
/// The normaliser folds only the characters a vectorised search finds among those that fold, and looks for look-alikes only
/// at the letters «A»..«y» another search finds: its text is the one the plain char-by-char fold and search (kept here as the
/// reference) make, on the articles and on every character up to U+3100 (the last that folds is U+3000) beside Cyrillic
/// and Latin letters.
/// </summary>
public class NormalizerShortcutTests
{
    [Fact]
    public void The_articles_fold_as_the_plain_normaliser_folds_them()
    {
        foreach (var path in SampleArticles.AndRegressionArticles)
        {
            var text = File.ReadAllText(path);
            Assert.Equal(Plain(text), TextNormalizer.Normalize(text));
        }
    }

    [Fact]
    public void Every_character_beside_letters_folds_as_the_plain_normaliser_folds_it()
    {
        var text = new StringBuilder();
        for (var c = 0; c < 0x3100; c++)
        {
            // alone, inside a Cyrillic word, inside a Latin word, and before a Latin look-alike inside a Cyrillic word
            text.Append(' ').Append((char)c).Append(" д").Append((char)c).Append("ом w").Append((char)c).Append("rd к").Append((char)c).Append('o').Append('т');
        }

        var s = text.ToString();
        var expected = Plain(s);
        Assert.Equal(expected, TextNormalizer.Normalize(s));
        Assert.NotEqual(s, expected);
    }

    // the normaliser before the shortcuts, char for char
    private const string LatinLookAlikes = "ABCEHKMOPTXaceopxy";
    private const string CyrillicTwins = "АВСЕНКМОРТХасеорху";

    private static string Plain(string text)
    {
        var chars = text.Select(Fold).ToArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var k = LatinLookAlikes.IndexOf(chars[i], StringComparison.Ordinal);
            if (k >= 0 && TouchesCyrillic(chars, i))
            {
                chars[i] = CyrillicTwins[k];
            }
        }

        return new string(chars);
    }

    private static char Fold(char c) => c switch
    {
        'ё' => 'е',
        'Ё' => 'Е',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' or '\u2007' or '\u2009' or '\u200A' or '\u202F' or '\u2002' or '\u2003' or '\u3000' => ' ',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' => '"',
        '\u2019' or '\u2018' => '\'',
        _ => c,
    };

    private static bool TouchesCyrillic(char[] chars, int i)
    {
        for (var j = i - 1; j >= 0 && InWord(chars, j); j--)
        {
            if (TextNormalizer.IsCyrillic(chars[j]))
            {
                return true;
            }
        }

        for (var j = i + 1; j < chars.Length && InWord(chars, j); j++)
        {
            if (TextNormalizer.IsCyrillic(chars[j]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InWord(char[] chars, int j) =>
        char.IsLetter(chars[j]) || (chars[j] == '\'' && j > 0 && j + 1 < chars.Length && char.IsLetter(chars[j - 1]) && char.IsLetter(chars[j + 1]));
}
