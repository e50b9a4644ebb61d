namespace KnowledgeGraph.Morphology.Tests;

public class InflectionTests
{
    private static MorphAnalyzer M => Analyzer.Shared;

    [Theory]
    // nominatives keep number and gender
    [InlineData("министерства", Grammemes.None, "министерство")]
    [InlineData("иностранных", Grammemes.None, "иностранные")]
    [InlineData("Петровой", Grammemes.Surname, "петрова")]
    [InlineData("Смирновым", Grammemes.Surname, "смирнов")]
    [InlineData("Марии", Grammemes.GivenName, "мария")]
    [InlineData("Андрею", Grammemes.GivenName, "андрей")]
    [InlineData("Сергеевичем", Grammemes.Patronymic, "сергеевич")]
    [InlineData("Николаевной", Grammemes.Patronymic, "николаевна")]
    [InlineData("Москвы", Grammemes.Geographic, "москва")]
    public void Nominative_of_a_reading(string word, Grammemes mark, string expected)
    {
        var reading = M.Parse(word).First(r => r.Tag.Has(mark) && r.Tag.Case != Case.Nominative);

        Assert.Equal(expected, M.Inflect(reading, Case.Nominative)?.Word);
    }

    [Theory]
    [InlineData("посол", Case.Dative, Number.None, Gender.None, "послу")]
    [InlineData("посол", Case.Genitive, Number.Plural, Gender.None, "послов")]
    [InlineData("встреча", Case.Instrumental, Number.Plural, Gender.None, "встречами")]
    [InlineData("новый", Case.Genitive, Number.Singular, Gender.Feminine, "новой")]
    [InlineData("новый", Case.Nominative, Number.Singular, Gender.Neuter, "новое")]
    [InlineData("новый", Case.Dative, Number.Plural, Gender.None, "новым")]
    [InlineData("государственный", Case.Prepositional, Number.None, Gender.Masculine, "государственном")]
    [InlineData("смирнов", Case.Nominative, Number.Singular, Gender.Feminine, "смирнова")]
    [InlineData("смирнов", Case.Instrumental, Number.Singular, Gender.Feminine, "смирновой")]
    public void Inflects_to_requested_case_number_and_gender(string lemma, Case @case, Number number, Gender gender, string expected)
    {
        var reading = M.Parse(lemma).First(r => r.Lemma == lemma && r.Tag.Case == Case.Nominative);

        Assert.Equal(expected, M.Inflect(reading, @case, number, gender)?.Word);
    }

    [Fact]
    public void A_form_the_lexeme_lacks_is_null()
    {
        var adverb = M.Parse("вчера").First(r => r.Tag.PartOfSpeech == PartOfSpeech.Adverb);

        Assert.Null(M.Inflect(adverb, Case.Genitive));
    }

    [Fact]
    public void The_lexeme_starts_with_the_lemma_and_holds_every_case()
    {
        var forms = M.Lexeme(M.Parse("послами")[0]);

        Assert.Equal("посол", forms[0].Word);
        Assert.Equal(12, forms.Count);
        Assert.Contains(forms, f => f.Word == "послах" && f.Tag.Case == Case.Prepositional);
    }
}
