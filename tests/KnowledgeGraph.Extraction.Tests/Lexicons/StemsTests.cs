using KnowledgeGraph.Extraction.Lexicons;

namespace KnowledgeGraph.Extraction.Tests.Lexicons;

/// <summary>
/// The candidate stems of a text word, found by a set of endings per length, against the rule written out as a
/// plain scan of every case ending (the way they were found before): the same stems in the same order, which
/// decides which gazetteer phrase a tie goes to.
/// </summary>
public class StemsTests
{
    private static readonly string[] CaseEndings =
        ("а я о е ы и у ю ь й ой ей ий ый ая яя ое ее ые ие ую юю ым им ом ем ых их ого его ому ему " +
         "ыми ими ами ями ах ях ам ям ов ев ией ием ия ии ию ье ья ьи ью ьем ою ею ьей").Split(' ');

    private static List<string> Scanned(string lower, bool allCaps)
    {
        var stems = new List<string> { lower };
        if (lower.Any(char.IsDigit) || (allCaps && lower.Length < 4))
        {
            return stems;
        }

        foreach (var e in CaseEndings.OrderByDescending(e => e.Length))
        {
            if (lower.Length - e.Length >= 2 && lower.EndsWith(e, StringComparison.Ordinal))
            {
                stems.Add(lower[..^e.Length]);
            }
        }

        return stems;
    }

    [Theory]
    [InlineData("москвы", false, "москвы;москв")]
    [InlineData("государственного", false, "государственного;государственн;государственног")]
    [InlineData("организацией", false, "организацией;организац;организаци;организацие")]
    [InlineData("мид", true, "мид")]
    [InlineData("оона", true, "оона;оон")]
    [InlineData("g20", false, "g20")]
    [InlineData("ф١", false, "ф١")] // an Arabic-Indic digit: the word is kept whole
    [InlineData("уя", false, "уя")] // a stem of fewer than two letters is not cut
    [InlineData("", false, "")]
    public void Candidates_are_the_word_and_each_ending_cut_longest_first(string lower, bool allCaps, string expected)
    {
        Assert.Equal(expected.Split(';'), Stems.CandidatesOf(lower, allCaps));
        Assert.Equal(Scanned(lower, allCaps), Stems.CandidatesOf(lower, allCaps));
    }

    [Fact]
    public void Candidates_agree_with_a_scan_of_every_ending_for_every_word_of_a_text()
    {
        var text = "Министерство иностранных дел Республики Казахстан сообщило, что делегация государственной " +
                   "компании «Казмунайгаз» прибыла в Ташкент 12 мая 2024 года для переговоров с руководством " +
                   "Узбекистана, ООН и МИДа; представителями обеих сторон подписаны соглашения о сотрудничестве, " +
                   "Ёлкой, объявлением, статьей, Ильей, двумястами, ИИ, G7, COVID-19.";
        foreach (var t in Extraction.Text.Tokenizer.Tokenize(text))
        {
            var allCaps = t.IsAllCaps;
            Assert.Equal(Scanned(t.Lower, allCaps), Stems.CandidatesOf(t.Lower, allCaps));
        }
    }
}
