using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Lexicons;

/// <summary>
/// The numbers of gazetteer keys: a token's numbers are those of its candidate stems that some gazetteer holds,
/// in their order, and a gazetteer built after a token was first asked is still seen by it.
/// </summary>
public class StemIdsTests
{
    [Fact]
    public void A_key_keeps_its_number_and_is_found_by_its_letters()
    {
        var id = StemIds.Intern("стемидтест");
        Assert.Equal(id, StemIds.Intern("стемидтест"));
        Assert.True(StemIds.TryFind("xстемидтестx".AsSpan(1, 10), out var found));
        Assert.Equal(id, found);
        Assert.False(StemIds.TryFind("стемидтестнет", out _));
    }

    [Fact]
    public void A_tokens_numbers_are_its_held_keys_in_order()
    {
        var whole = StemIds.Intern("кидстемовая");
        var cut = StemIds.Intern("кидстемов");
        var token = Tokenizer.Tokenize("Кидстемовая")[0];
        var expected = token.Keys.Where(k => StemIds.TryFind(k, out _)).Select(k => StemIds.Intern(k)).ToArray();
        Assert.Equal(expected, token.KeyIds);
        Assert.Equal([whole, cut], token.KeyIds.Where(i => i == whole || i == cut));
    }

    [Fact]
    public void A_gazetteer_built_after_a_token_was_asked_still_matches_it()
    {
        var tokens = Tokenizer.Tokenize("в Позднобылинске");
        Assert.Empty(tokens[1].KeyIds);
        var g = new Gazetteer();
        g.Add("Позднобылинск", new GazetteerEntry("City", "Позднобылинск"));
        Assert.Equal(new GazetteerMatch(1, 2, new GazetteerEntry("City", "Позднобылинск")), g.LongestAt(tokens, 1));
    }
}
