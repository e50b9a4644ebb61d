using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Text;

/// <summary>
/// The character questions the recognisers ask without LINQ give LINQ's answers, on every token of the sample articles and
/// the regression corpus and on words chosen for the edges (empty, Latin with digits, roman numerals, a hyphen), with the
/// predicates the recognisers pass.
/// </summary>
public class CharsTests
{
    private static readonly Func<char, bool>[] Tests =
    [
        char.IsDigit, char.IsLetter, char.IsUpper, char.IsLower, char.IsAsciiDigit, TextNormalizer.IsCyrillic,
        ch => TextNormalizer.IsCyrillic(ch) || ch == '-',
        ch => ch is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '\'',
        ch => "IVXLCDM".Contains(ch, StringComparison.Ordinal),
        ch => !char.IsLetter(ch) || char.IsUpper(ch),
    ];

    private static readonly string[] Edges = ["", "-", "A", "MP3", "Tele2", "3Com", "XIV", "Нур-Султан", "ООН", "Ёлка", "O'Brien", "٣٤", "USPTO"];

    [Fact]
    public void Every_answer_is_linqs_on_every_word()
    {
        var words = Edges.Concat(SampleArticles.AndRegressionArticles
            .SelectMany(p => Tokenizer.Tokenize(TextNormalizer.Normalize(File.ReadAllText(p))))
            .Select(t => t.Text)).Distinct(StringComparer.Ordinal).ToList();
        var (firsts, takes) = (0, 0);
        foreach (var w in words)
        {
            foreach (var test in Tests)
            {
                Assert.Equal(w.All(test), Chars.All(w, test));
                Assert.Equal(w.Any(test), Chars.Any(w, test));
                Assert.Equal(w.Count(test), Chars.Count(w, test));
                Assert.Equal(new string([.. w.TakeWhile(test)]), new string(Chars.TakeWhile(w, test)));
                takes += w.TakeWhile(test).Any() ? 1 : 0;
                if (w.Any(test))
                {
                    Assert.Equal(w.First(test), Chars.First(w, test));
                    firsts++;
                }
                else
                {
                    Assert.Throws<InvalidOperationException>(() => Chars.First(w, test));
                }
            }
        }

        Assert.True(words.Count > 3_000 && firsts > 3_000 && takes > 3_000, $"{words.Count} words, {firsts} firsts, {takes} takes");
    }
}
