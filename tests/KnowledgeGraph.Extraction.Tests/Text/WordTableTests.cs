using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Text;

/// <summary>
/// The tokenizer's table of words answers as a dictionary of text to token would: every word added is found with the token
/// kept for it (through the table's growth from a thousand entries to thousands of words), a text never added is not found,
/// threads adding the same words keep one token a word, and a full table starts afresh.
/// </summary>
public class WordTableTests
{
    private static List<string> ArticleWords() =>
        [.. SampleArticles.AndRegressionArticles
            .SelectMany(p => Tokenizer.Tokenize(TextNormalizer.Normalize(File.ReadAllText(p))))
            .Where(t => t.Text.Length > 1).Select(t => t.Text).Distinct(StringComparer.Ordinal)];

    private static Token Made(string word) => new(0, word.Length, word, TokenKind.Word);

    [Fact]
    public void Every_word_added_is_found_with_its_token_and_no_other_text_is()
    {
        var words = ArticleWords();
        var table = new WordTable(words.Count + 1);
        var reference = new Dictionary<string, Token>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            Assert.Null(table.Find(w));
            var made = Made(w);
            Assert.Same(made, table.Add(made));
            Assert.Same(made, table.Add(Made(w))); // a second token of the text is not kept
            reference[w] = made;
        }

        Assert.Equal(words.Count, table.Count);
        foreach (var w in words)
        {
            Assert.Same(reference[w], table.Find(w.AsSpan()));
            // a text written inside a longer one is found by its own letters only
            Assert.Same(reference[w], table.Find(("«" + w + "»").AsSpan(1, w.Length)));
            foreach (var other in new[] { w[..^1], w + "ъ", "ъ" + w, w.ToUpperInvariant(), w.ToLowerInvariant() })
            {
                Assert.Equal(reference.GetValueOrDefault(other), table.Find(other));
            }
        }

        Assert.True(words.Count > 2_000, $"only {words.Count} words");
    }

    [Fact]
    public void Threads_adding_the_same_words_keep_one_token_a_word()
    {
        var words = ArticleWords();
        var table = new WordTable(words.Count + 1);
        var kept = new Token[4][];
        Parallel.For(0, kept.Length, k =>
        {
            // each thread in another order, looking up before adding as the tokenizer does
            var order = k % 2 == 0 ? words : Enumerable.Reverse(words).ToList();
            var mine = new Dictionary<string, Token>(StringComparer.Ordinal);
            foreach (var w in order)
            {
                mine[w] = table.Find(w) ?? table.Add(Made(w));
            }

            kept[k] = [.. words.Select(w => mine[w])];
        });

        for (var i = 0; i < words.Count; i++)
        {
            Assert.Equal(words[i], kept[0][i].Text);
            Assert.All(kept, k => Assert.Same(kept[0][i], k[i]));
            Assert.Same(kept[0][i], table.Find(words[i]));
        }

        Assert.Equal(words.Count, table.Count);
    }

    [Fact]
    public void A_full_table_starts_afresh()
    {
        var table = new WordTable(100);
        var words = Enumerable.Range(0, 101).Select(i => "слово" + i).ToList();
        foreach (var w in words.Take(100))
        {
            table.Add(Made(w));
        }

        Assert.Equal(100, table.Count);
        Assert.NotNull(table.Find("слово99"));
        var last = table.Add(Made(words[100]));
        Assert.Equal(1, table.Count);
        Assert.Null(table.Find("слово0"));
        Assert.Null(table.Find("слово99"));
        Assert.Same(last, table.Find(words[100]));
    }
}
