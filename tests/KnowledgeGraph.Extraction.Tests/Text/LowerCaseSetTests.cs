using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Text;

/// <summary>Asking a set of lower-case words for a word's lower case without making it gives what asking with the lower-case string gives.</summary>
public class LowerCaseSetTests
{
    private static readonly string[] Edges =
    [
        "", "Ёлкин", "ЁЛКИН", "ёлкин", "Smith", "SMITH", "İstanbul", "ǅemal", "Ǆ", "Σίσυφος", "ΣΊΣΥΦΟΣ", "𐐀𐐁", "𐐨𐐩", "Ⅻ", "ⅻ", "Ꙋ", "ꙋ",
        "ᲂ", "Ａｂｃ", "ａｂｃ", new string('Д', 200), new string('д', 200),
    ];

    public static TheoryData<string> EdgeWords() => [.. Edges];

    [Theory]
    [MemberData(nameof(EdgeWords))]
    public void Edge_words_get_the_plain_answer(string word)
    {
        var set = new HashSet<string>(Edges.Select(TextCase.ToLower), StringComparer.Ordinal);
        var none = new HashSet<string>(StringComparer.Ordinal) { "x" };
        Assert.Equal(set.Contains(TextCase.ToLower(word)), LowerCaseSet.ContainsLowered(set, word));
        Assert.True(LowerCaseSet.ContainsLowered(set, word));
        Assert.Equal(none.Contains(TextCase.ToLower(word)), LowerCaseSet.ContainsLowered(none, word));
    }

    [Fact]
    public void Every_word_of_the_articles_gets_the_plain_answer()
    {
        var words = SampleArticles.AndRegressionArticles.SelectMany(p => Tokenizer.Tokenize(File.ReadAllText(p))).Select(t => t.Text).ToList();
        // every other word's lower case is in the set
        var set = new HashSet<string>(words.Where((_, i) => i % 2 == 0).Select(TextCase.ToLower), StringComparer.Ordinal);
        var found = 0;
        foreach (var w in words)
        {
            var plain = set.Contains(TextCase.ToLower(w));
            Assert.Equal(plain, LowerCaseSet.ContainsLowered(set, w));
            found += plain ? 1 : 0;
        }

        Assert.True(found > 1000 && found < words.Count, $"{found} of {words.Count} words found");
    }
}
