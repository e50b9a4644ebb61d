using System.Globalization;

namespace KnowledgeGraph.Texts;

/// <summary>
/// A noun in the forms a count needs: English singular (1) and plural (0, 2, ...), Russian by the three forms of the
/// CLDR plural rule (one: 1, 21, 101; few: 2-4, 22-24; many: 0, 5-20, 25, 111). Numbers are grouped by the language's
/// culture. The English plural is written out, not inflected at run time: an inflector (Humanizer's) built some hundred
/// compiled regular expressions at the first count, about 0.2 CPU seconds at the end of every <c>kg ingest</c>.
/// </summary>
public sealed record Noun(string English, string EnglishPlural, string RussianOne, string RussianFew, string RussianMany)
{
    /// <summary>"1 article", "2 articles"; «1 статья», «2 статьи», «5 статей».</summary>
    public string Count(long n, UiLanguage language) =>
        n.ToString("N0", language.Culture()) + " " + (language == UiLanguage.English ? EnglishForm(n) : RussianForm(n));

    /// <summary>The English form for <paramref name="n"/> alone: the singular for 1, else the plural.</summary>
    public string EnglishForm(long n) => n == 1 ? English : EnglishPlural;

    /// <summary>The Russian form for <paramref name="n"/> alone.</summary>
    public string RussianForm(long n) => RussianPlural.Category(n) switch
    {
        RussianPlural.One => RussianOne,
        RussianPlural.Few => RussianFew,
        _ => RussianMany,
    };
}

/// <summary>The CLDR plural categories of Russian integers.</summary>
public static class RussianPlural
{
    public const string One = "one";
    public const string Few = "few";
    public const string Many = "many";

    public static string Category(long n)
    {
        var abs = Math.Abs(n);
        var mod10 = abs % 10;
        var mod100 = abs % 100;
        if (mod10 == 1 && mod100 != 11)
        {
            return One;
        }

        return mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? Few : Many;
    }
}
