using KnowledgeGraph.Extraction.Mentions;
using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Mentions;

/// <summary>
/// The date of a sentence is looked for among its own tokens, found by a binary search on the tokens' sentence numbers:
/// the same date the plain scan of every token of the article finds, for every sentence of the articles and of short texts.
/// </summary>
public class DateFinderShortcutTests
{
    public static TheoryData<string> Texts() =>
    [
        "Встреча прошла 12 мая 2021 года. Следующая состоится 3 июня.",
        "В 2019 г. было одно, в 2020 году другое",
        "12 мая",
        "",
        "Без дат. И здесь без дат. А тут 1 января 2000 года.",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Short_texts_give_the_plain_scans_dates(string text) => AssertPlainDates(text);

    [Fact]
    public void Every_sentence_of_the_articles_gives_the_plain_scans_date()
    {
        var dated = 0;
        foreach (var path in SampleArticles.AndRegressionArticles)
        {
            dated += AssertPlainDates(File.ReadAllText(path));
        }

        Assert.True(dated > 20, $"only {dated} sentences with a date");
    }

    private static int AssertPlainDates(string text)
    {
        var c = Extractors.Default.Recognize(Extractors.Article("Заголовок\n\n" + text));
        var dated = 0;
        for (var s = 0; s <= c.Sentences.Count; s++)
        {
            var plain = PlainFirstIn(c, s);
            Assert.Equal(plain, DateFinder.FirstIn(c, s));
            Assert.Equal(c.Tokens.FindIndex(t => t.Sentence >= s) is var k and >= 0 ? k : c.Tokens.Count, DateFinder.FirstOf(c.Tokens, s));
            dated += plain is null ? 0 : 1;
        }

        return dated;
    }

    // the scan of every token of the article before the binary search (the reference)
    private static string? PlainFirstIn(MentionContext c, int sentence)
    {
        var t = c.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            if (t[i].Sentence != sentence || t[i].Kind != TokenKind.Number)
            {
                continue;
            }

            var n = int.TryParse(t[i].Text, out var v) ? v : -1;
            var month = i + 1 < t.Count ? Month(t[i + 1].Lower) : 0;
            if (n is >= 1 and <= 31 && month > 0)
            {
                var year = i + 2 < t.Count && t[i + 2].Kind == TokenKind.Number && int.TryParse(t[i + 2].Text, out var y) && y is > 1000 and < 3000 ? y : 0;
                year = year > 0 ? year : c.ArticleYear ?? 0;
                return year > 0 ? $"{year:D4}-{month:D2}-{n:D2}" : $"--{month:D2}-{n:D2}";
            }

            if (n is > 1000 and < 3000 && i + 1 < t.Count && t[i + 1].Lower is "г" or "года" or "году" or "год" or "гг")
            {
                return n.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static int Month(string lower)
    {
        string[] months = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];
        if (lower.Length is < 3 or > 9)
        {
            return 0;
        }

        var m = Array.FindIndex(months, stem => lower.StartsWith(stem, StringComparison.Ordinal));
        return m < 0 || (m == 4 && lower is not ("мая" or "май" or "мае")) ? 0 : m + 1;
    }
}
