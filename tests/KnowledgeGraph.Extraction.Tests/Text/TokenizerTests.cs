using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Text;

public class TokenizerTests
{
    [Theory]
    [InlineData("пресс-служба Нур-Султана", "пресс-служба|Нур-Султана")]
    [InlineData("Э.Бера,", "Э|.|Бера|,")]
    [InlineData("«С5+1» в 2022 г.", "«|С5|+|1|»|в|2022|г|.")]
    [InlineData("Кот-д'Ивуар - страна", "Кот-д'Ивуар|-|страна")]
    public void Splits_words_numbers_and_marks(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(expected, string.Join('|', tokens.Select(t => t.Text)));
        Assert.All(tokens, t => Assert.Equal(text[t.Start..t.End], t.Text));
    }

    [Fact]
    public void Tokens_of_the_same_text_share_its_string_lower_case_form_and_keys()
    {
        var tokens = Tokenizer.Tokenize("Банк выдал кредит. Банк, банк и Банк.");
        var banks = tokens.Where(t => t.Text == "Банк").ToList();

        Assert.Equal(3, banks.Count);
        Assert.All(banks, b => Assert.Same(banks[0].Text, b.Text));
        Assert.All(banks, b => Assert.Same(banks[0].Lower, b.Lower));
        Assert.All(banks, b => Assert.Same(banks[0].Keys, b.Keys));
        Assert.Equal([0, 19, 25, 32], banks.Select(b => b.Start).Append(tokens.Single(t => t.Text == "банк").Start).Order());
        Assert.Equal("банк", banks[2].Lower);

        // the lower-case word is another text: its own string, the same look-up keys' values
        var lower = tokens.Single(t => t.Text == "банк");
        Assert.NotSame(banks[0].Keys, lower.Keys);
        Assert.Equal(banks[0].Keys, lower.Keys);
        Assert.Same(tokens.First(t => t.Is('.')).Text, tokens.Last(t => t.Is('.')).Text);
    }

    [Fact]
    public void Texts_tokenised_one_after_another_share_their_words()
    {
        // the table of words is the process's: a word met in an earlier text is not analysed again
        var first = Tokenizer.Tokenize("Банк и банк.");
        var second = Tokenizer.Tokenize("Банк и банк.");
        Assert.Equal(first.Select(t => (t.Start, t.End, t.Text)), second.Select(t => (t.Start, t.End, t.Text)));
        for (var i = 0; i < first.Count; i++)
        {
            Assert.Same(first[i].Text, second[i].Text);
            Assert.Same(first[i].Keys, second[i].Keys);
            Assert.NotSame(first[i], second[i]);
        }
    }

    [Fact]
    public void Every_token_of_the_articles_has_its_letters_and_kind_and_one_character_tokens_share_their_forms()
    {
        var singles = new Dictionary<char, Token>();
        foreach (var path in SampleArticles.AndRegressionArticles)
        {
            var text = TextNormalizer.Normalize(File.ReadAllText(path));
            foreach (var t in Tokenizer.Tokenize(text))
            {
                Assert.Equal(text[t.Start..t.End], t.Text);
                var kind = t.Text.Any(char.IsLetter) ? TokenKind.Word : t.Text.All(char.IsDigit) ? TokenKind.Number : TokenKind.Punct;
                Assert.Equal(kind, t.Kind);
                if (t.Text.Length == 1 && t.Text[0] < Tokenizer.SingleLimit)
                {
                    var first = singles.TryAdd(t.Text[0], t) ? t : singles[t.Text[0]];
                    Assert.Same(first.Text, t.Text);
                    Assert.Same(first.Keys, t.Keys);
                }
            }
        }

        Assert.True(singles.Count > 30, $"only {singles.Count} one-character tokens");
    }
}
