using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Lexicons;

/// <summary>
/// Shortcuts against the plain answers they replace, on every token of the sample articles and the regression corpus: a word's forms kept in the
/// process's word table (lower case, capitals, key numbers, the slots its keys start a phrase of) are those worked out
/// afresh from its letters, and a gazetteer's look-up that the word's mask answers without walking gives what the walk gives.
/// </summary>
public class SharedWordFormsTests
{
    private static IEnumerable<List<Token>> SampleTokens()
    {
        foreach (var path in SampleArticles.Paths.Concat(Regression.RegressionCorpusTests.ArticleFiles()))
        {
            var text = TextNormalizer.Normalize(File.ReadAllText(path));
            // twice: the second time every word comes from the table, with forms made in the first
            Tokenizer.Tokenize(text);
            var tokens = Tokenizer.Tokenize(text);
            new SentenceSplitter(Extractors.Default.Lexicons.Abbreviations).Split(text, tokens);
            yield return tokens;
        }
    }

    [Fact]
    public void A_words_kept_forms_are_those_of_its_letters()
    {
        var checkedTokens = 0;
        foreach (var tokens in SampleTokens())
        {
            foreach (var t in tokens)
            {
                var lower = TextCase.ToLower(t.Text);
                var word = t.Kind == TokenKind.Word;
                var allCaps = word && t.Text.Length >= 2 && t.Text.Any(char.IsLetter) && t.Text.Where(char.IsLetter).All(char.IsUpper);
                Assert.Equal(lower, t.Lower);
                Assert.Equal(allCaps, t.IsAllCaps);
                Assert.Equal(word && char.IsUpper(t.Text[0]), t.IsCapitalized);
                Assert.Equal(word ? Stems.CandidatesOf(lower, allCaps) : [lower], t.Keys);
                var ids = StemIds.OfCandidates(lower, word, allCaps);
                Assert.Equal(ids, t.KeyIds);
                Assert.Equal(StemIds.RootMask(ids), t.RootMask);
                checkedTokens++;
            }
        }

        Assert.True(checkedTokens > 1000, $"only {checkedTokens} tokens checked");
    }

    [Fact]
    public void A_mask_says_no_only_where_the_walk_finds_nothing()
    {
        var lexicons = Extractors.Default.Lexicons;
        Gazetteer[] all =
        [
            lexicons.Places, lexicons.Organizations, lexicons.CountryAdjectives, lexicons.FirstNames, lexicons.OrgHeads, lexicons.EventNouns,
            lexicons.PlaceHeads, lexicons.NamedEvents, lexicons.Positions, lexicons.WorkHeads, lexicons.OrgRoles, lexicons.QuoteGovernors,
        ];
        var found = 0;
        foreach (var tokens in SampleTokens())
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                foreach (var g in all)
                {
                    var walked = g.WalkedAt(tokens, i);
                    Assert.Equal(walked, g.LongestAt(tokens, i));
                    // asked again: the memo's answer
                    Assert.Equal(walked, g.LongestAt(tokens, i));
                    found += walked is null ? 0 : 1;
                }

                Assert.Equal(lexicons.Places.WalkedAt(tokens, i, GraphLabels.Country), lexicons.Places.LongestAt(tokens, i, GraphLabels.Country));
            }
        }

        Assert.True(found > 100, $"only {found} phrases found");
    }

    [Fact]
    public void Every_gazetteer_the_recognisers_ask_has_a_slot_of_its_own_with_a_memo()
    {
        // without a slot a gazetteer walks its trie for every token asked, with no mask to say no and no memo
        var lexicons = Extractors.Default.Lexicons;
        int[] slots =
        [
            lexicons.Places.Slot, lexicons.Organizations.Slot, lexicons.CountryAdjectives.Slot, lexicons.FirstNames.Slot, lexicons.OrgHeads.Slot,
            lexicons.EventNouns.Slot, lexicons.PlaceHeads.Slot, lexicons.NamedEvents.Slot, lexicons.Positions.Slot, lexicons.WorkHeads.Slot,
            lexicons.OrgRoles.Slot, lexicons.QuoteGovernors.Slot,
        ];
        Assert.All(slots, s => Assert.InRange(s, 0, Token.MemoSlots - 1));
        Assert.Equal(slots.Length, slots.Distinct().Count());
    }

    [Fact]
    public void A_gazetteer_with_a_slot_built_after_a_token_was_asked_still_matches_it()
    {
        var tokens = Tokenizer.Tokenize("в Заднебылинске");
        Assert.Equal(0, tokens[1].RootMask & (1 << 11));
        var g = new Gazetteer { Slot = 11 };
        g.Add("Заднебылинск", new GazetteerEntry("City", "Заднебылинск"));
        Assert.Equal(new GazetteerMatch(1, 2, new GazetteerEntry("City", "Заднебылинск")), g.LongestAt(tokens, 1));
    }
}
