using KnowledgeGraph.Extraction.Naming;
using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Naming;

/// <summary>
/// The adjective-ending questions answered on the word's lower-cased last letters give what the plain comparison
/// ignoring case gives, on every word of the sample articles and the regression corpus and on words at the edges
/// (capitals, «ё», Latin letters, letters outside «А»..«я» that equal a Russian one ignoring case, short words).
/// </summary>
public class AdjectiveEndingShortcutTests
{
    public static TheoryData<string> EdgeWords() =>
    [
        "ГОСУДАРСТВЕННОГО", "Государственный", "ЦЕНТРАЛЬНОЙ", "ЕЁ", "зелёный", "ЗЕЛЁНЫЙ", "большОЙ", "Большой", "рабочий",
        "crazy", "Washington", "МОСКВА", "новая", "НОВАЯ", "синяя", "их", "Их", "ними", "дом", "x", "",
        "слов\u1C82й", "СЛОВ\u1C82Й", "слово\u0439", "abcый", "abcЫЙ", "пять5", "прав-ый", "тоже-ОГО",
    ];

    [Theory]
    [MemberData(nameof(EdgeWords))]
    public void Edge_words_get_the_plain_answer(string word)
    {
        Assert.Equal(PhraseInflection.LooksLikeAdjectiveByScan(word), PhraseInflection.LooksLikeAdjective(word));
        Assert.Equal(PhraseInflection.ClearlyAdjectiveByScan(word), PhraseInflection.ClearlyAdjective(word));
    }

    [Fact]
    public void Every_word_of_the_articles_gets_the_plain_answer()
    {
        var adjectives = 0;
        var words = 0;
        foreach (var path in SampleArticles.AndRegressionArticles)
        {
            foreach (var t in Tokenizer.Tokenize(File.ReadAllText(path)))
            {
                foreach (var w in new[] { t.Text, t.Lower, KnowledgeGraph.Model.TextCase.ToUpper(t.Text) })
                {
                    var plain = PhraseInflection.LooksLikeAdjectiveByScan(w);
                    Assert.Equal(plain, PhraseInflection.LooksLikeAdjective(w));
                    Assert.Equal(PhraseInflection.ClearlyAdjectiveByScan(w), PhraseInflection.ClearlyAdjective(w));
                    adjectives += plain ? 1 : 0;
                    words++;
                }
            }
        }

        Assert.True(adjectives > 500 && words > 10_000, $"{adjectives} adjectives among {words} words");
    }
}
