using KnowledgeGraph.Extraction.Mentions;
using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Mentions;

/// <summary>
/// The quick «no» before the costlier look-up of a capitalised lemma among the organisations: whenever it says no,
/// the look-up it skips (tokenise the capitalised lemma, the longest lexicon name at its first token, that name's
/// canonical equal to the token) finds nothing.
/// </summary>
public class CapitalisedHeadFilterTests
{
    private static bool LookUpFinds(string lemma)
    {
        var bodies = Extractors.Default.Lexicons.Organizations;
        var tokens = Tokenizer.Tokenize(TextCase.ToUpper(lemma[0]) + lemma[1..]);
        return bodies.LongestAt(tokens, 0) is { End: 1 } known && known.Entry.Canonical == tokens[0].Text;
    }

    [Theory]
    [InlineData("церковь", true)]
    [InlineData("стол", false)]
    [InlineData("москва", false)]
    [InlineData("пресс-служба", true)] // a hyphen: the look-up is made
    [InlineData("о'нил", true)] // an apostrophe: not letters alone, so the look-up is made
    public void Says_no_only_where_the_look_up_finds_nothing(string lemma, bool passes)
    {
        var bodies = Extractors.Default.Lexicons.Organizations;
        Assert.Equal(passes, OrganizationRecognizer.MayBeCanonical(bodies, lemma));
        Assert.True(OrganizationRecognizer.MayBeCanonical(bodies, lemma) || !LookUpFinds(lemma));
    }

    [Fact]
    public void Every_one_word_canonical_name_passes()
    {
        var bodies = Extractors.Default.Lexicons.Organizations;
        var lines = File.ReadLines(Path.Combine(RepoPaths.Lexicons, "organizations.txt"))
            .Select(l => l.Split('#')[0].Split('|')[0].Trim())
            .Where(n => n.Length >= 2 && n.All(char.IsLetter))
            .Select(TextNormalizer.Normalize)
            .ToList();
        var found = 0;
        foreach (var name in lines)
        {
            var lemma = TextCase.ToLower(name[0]) + name[1..];
            if (LookUpFinds(lemma))
            {
                found++;
                Assert.True(OrganizationRecognizer.MayBeCanonical(bodies, lemma), name);
            }
        }

        Assert.True(found > 10, $"only {found} one-word names found by the look-up");
    }
}
