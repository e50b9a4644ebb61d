using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Mentions;
using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Mentions;

/// <summary>
/// The facts the recognisers keep with a word give the answers of the look-ups they stand for (a set, the dictionary, the
/// lemma's body), at the first question and from memory after it, on every token of the sample articles and the regression
/// corpus; another lexicon set gets facts of its own.
/// </summary>
public class WordFactsTests
{
    [Fact]
    public void Every_words_facts_are_the_plain_answers_first_and_remembered()
    {
        var lexicons = Extractors.Default.Lexicons;
        var morphology = lexicons.Surnames.Morphology;
        var (notNames, bodies, surnames, words) = (0, 0, 0, 0);
        foreach (var path in SampleArticles.AndRegressionArticles)
        {
            foreach (var t in Tokenizer.Tokenize(TextNormalizer.Normalize(File.ReadAllText(path))))
            {
                var readings = morphology.ParseKnown(t.Text);
                var notName = lexicons.NotNames.Contains(t.Lower);
                var body = OrganizationRecognizer.BodyOfLemma(lexicons, t.Text);
                var surname = EastAsianNameRecognizer.Surname(lexicons, t.Text, t.Lower);
                for (var ask = 0; ask < 2; ask++)
                {
                    var f = WordFacts.Of(t, lexicons);
                    Assert.Equal(notName, f.NotName);
                    Assert.Equal(t.Text.All(ch => char.IsLetter(ch) || ch is '-' or '\''), f.LettersOnly);
                    Assert.Equal(readings.Any(r => r.Tag.IsGivenName && r.Tag.Number == Morphology.Number.Singular), f.DictionaryGivenName);
                    Assert.Equal(readings.Any(r => r.Tag.IsGivenName), f.AnyGivenNameReading);
                    Assert.Equal(readings.Any(r => r.Tag.IsPatronymic), f.KnownPatronymic);
                    Assert.Equal(body, f.BodyOfLemma);
                    Assert.Equal(surname, f.EastAsianSurname);
                }

                notNames += notName ? 1 : 0;
                bodies += body is null ? 0 : 1;
                surnames += surname is null ? 0 : 1;
                words++;
            }
        }

        Assert.True(words > 5_000 && notNames > 100 && bodies > 0 && surnames > 0, $"{words} words, {notNames} not names, {bodies} bodies by lemma, {surnames} east Asian surnames");
    }

    [Fact]
    public void Another_lexicon_set_gets_facts_of_its_own()
    {
        var other = LexiconSet.Load(RepoPaths.Lexicons);
        var t = Tokenizer.Tokenize("Церкви")[0];
        var first = WordFacts.Of(t, Extractors.Default.Lexicons);
        var second = WordFacts.Of(t, other);
        Assert.NotSame(first, second);
        Assert.Same(second, WordFacts.Of(t, other));
        Assert.Equal(first.BodyOfLemma, second.BodyOfLemma);
    }
}
