using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Extraction.Tests.Support;

namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>Loops that replaced lambdas (whose closures were made at every call of a rule) answer as the lambdas did.</summary>
public class LoopShortcutTests
{
    [Fact]
    public void The_tokenizer_letter_test_answers_as_the_runtime_for_every_character()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.True(char.IsLetterOrDigit(c) == Tokenizer.IsLetterOrDigit(c), $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void A_preposition_between_two_tokens_is_found_as_the_range_query_finds_it()
    {
        var lx = RelationLexicons.Default;
        var (yes, no) = (0, 0);
        foreach (var doc in SampleArticles.Documents())
        {
            foreach (var v in SentenceViews.Build(doc))
            {
                for (var from = 0; from <= v.Tokens.Count; from++)
                {
                    for (var to = from; to <= v.Tokens.Count && to - from <= 6; to++)
                    {
                        var expected = Enumerable.Range(from, to - from).Any(i => lx.Is("prep", v.Word(i)));
                        Assert.Equal(expected, PartOfRule.HasPreposition(v, lx, from, to));
                        (yes, no) = expected ? (yes + 1, no) : (yes, no + 1);
                    }
                }
            }
        }

        Assert.True(yes > 50 && no > 50, $"the samples should have ranges of both kinds, had {yes} and {no}");
    }
}
