using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Extraction.Tests.Support;

namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>
/// A sentence's relation tokens taken from the entity side's tokens are those the relation tokenizer makes from the
/// normalised text (the plain path), and the sentences where the two tokenizers differ go back to the tokenizer.
/// </summary>
public class EntityTokensTests
{
    [Fact]
    public void Tokens_taken_from_the_entity_side_are_those_of_the_relation_tokenizer()
    {
        var (taken, refused) = (0, 0);
        foreach (var doc in Documents())
        {
            Assert.NotNull(doc.Tokens);
            var into = new List<Token>();
            foreach (var s in doc.Sentences)
            {
                if (EntityTokens.TryTake(doc.Tokens, s, into))
                {
                    Assert.Equal(Tokenizer.Tokenize(doc.NormalizedText, s.Start, s.End), into);
                    taken++;
                }
                else
                {
                    refused++;
                }
            }

            // and the views the stage builds hold the tokenizer's tokens, whichever way they came
            var plain = SentenceViews.Build(WithoutTokens(doc));
            var views = SentenceViews.Build(doc);
            Assert.Equal(plain.Count, views.Count);
            for (var i = 0; i < views.Count; i++)
            {
                Assert.Equal(plain[i].Tokens, views[i].Tokens);
            }
        }

        Assert.True(taken > 300, $"the articles' sentences should mostly be taken, took {taken} (refused {refused})");
    }

    [Theory]
    [InlineData("Ирландец Шон О'Нил приехал в Дублин.")] // an apostrophe inside a word: one entity token, three relation tokens
    [InlineData("Президент д'Арк выступил.")]
    public void A_sentence_with_an_apostrophe_inside_a_word_goes_back_to_the_tokenizer(string text)
    {
        var doc = Extractors.Default.Analyse(Extractors.Article(text));
        var s = Assert.Single(doc.Sentences, x => doc.NormalizedText[x.Start..x.End].Contains('\''));
        Assert.False(EntityTokens.TryTake(doc.Tokens!, s, []));
        var v = SentenceViews.Build(doc).Single(x => x.Sentence == s);
        Assert.Equal(Tokenizer.Tokenize(doc.NormalizedText, s.Start, s.End), v.Tokens);
    }

    [Fact]
    public void A_sentence_cutting_a_token_goes_back_to_the_tokenizer()
    {
        var doc = Extractors.Default.Analyse(Extractors.Article("Министр Иван Петров встретился с послом Франции."));
        var word = doc.Tokens!.First(t => t.Text == "Петров");

        // bounds inside the word, at its start or at its end: only the first two cut it
        Assert.False(EntityTokens.TryTake(doc.Tokens!, new Sentence(0, word.Start + 2), []));
        Assert.False(EntityTokens.TryTake(doc.Tokens!, new Sentence(word.Start + 2, doc.NormalizedText.Length), []));
        foreach (var s in new[] { new Sentence(0, word.End), new Sentence(word.Start, doc.NormalizedText.Length), new Sentence(word.End, word.End) })
        {
            var into = new List<Token>();
            Assert.True(EntityTokens.TryTake(doc.Tokens!, s, into));
            Assert.Equal(Tokenizer.Tokenize(doc.NormalizedText, s.Start, s.End), into);
        }
    }

    private static IEnumerable<DocumentAnalysis> Documents() => SampleArticles.Documents().Concat(ReusedListTests.Documents());

    private static DocumentAnalysis WithoutTokens(DocumentAnalysis a) => new()
    {
        Article = a.Article,
        NormalizedText = a.NormalizedText,
        Sentences = a.Sentences,
        Entities = a.Entities,
        Lexicons = a.Lexicons,
    };
}
