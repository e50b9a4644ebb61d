using System.Text;

namespace KnowledgeGraph.Model.Tests;

public class TextCaseTests
{
    [Fact]
    public void Every_character_is_cased_as_the_runtime_cases_it()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            Assert.Equal(char.ToLowerInvariant(c), TextCase.ToLower(c));
            Assert.Equal(char.ToUpperInvariant(c), TextCase.ToUpper(c));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("москва")]
    [InlineData("МОСКВА")]
    [InlineData("Нур-Султан «Қазақстан» — ЁЖ")]
    [InlineData("İstanbul Iİıi")]
    [InlineData("Ωμέγα ΣΊΣΥΦΟΣ")]
    [InlineData("𐐀𐐨 Deseret")]
    [InlineData("Ⅻ ǅ ﬀ ß")]
    public void Strings_are_cased_as_the_runtime_cases_them(string s)
    {
        Assert.Equal(s.ToLowerInvariant(), TextCase.ToLower(s));
        Assert.Equal(s.ToUpperInvariant(), TextCase.ToUpper(s));
        Assert.Equal(s.ToLowerInvariant(), TextCase.ToLower(s.AsSpan()));
    }

    [Fact]
    public void A_string_that_does_not_change_is_given_back_as_it_is()
    {
        const string lower = "министерство иностранных дел";
        Assert.Same(lower, TextCase.ToLower(lower));
    }

    [Fact]
    public void Characters_the_slug_takes_without_normalising_are_left_as_they_are_by_NFC()
    {
        // EntityKeys.Slug skips NFC for names made of these characters only: none may change under it,
        // alone or next to any other of them.
        var plain = Enumerable.Range(0x20, 0x300 - 0x20).Concat(Enumerable.Range(0x400, 0x83)).Concat(Enumerable.Range(0x48A, 0x530 - 0x48A))
            .Concat(Enumerable.Range(0x2010, 0x10)).Select(i => (char)i).ToArray();
        var all = new string(plain);
        Assert.Equal(all, all.Normalize(NormalizationForm.FormC));
        foreach (var c in plain)
        {
            var pairs = string.Concat(plain.Select(d => $"{c}{d}{c}"));
            Assert.Equal(pairs, pairs.Normalize(NormalizationForm.FormC));
        }
    }

    [Theory]
    [InlineData("Йошкар-Ола", "и\u0306ошкар-ола")]
    [InlineData("Алёна", "Але\u0308на")]
    public void A_decomposed_name_still_slugs_like_the_composed_one(string composed, string decomposed)
    {
        Assert.Equal(EntityKeys.Slug(composed), EntityKeys.Slug(decomposed));
    }
}
