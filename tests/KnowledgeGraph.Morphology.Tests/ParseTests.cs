namespace KnowledgeGraph.Morphology.Tests;

public class ParseTests
{
    private static MorphAnalyzer M => Analyzer.Shared;

    [Theory]
    // common nouns
    [InlineData("столами", "стол", PartOfSpeech.Noun, Gender.Masculine, Number.Plural, Case.Instrumental)]
    [InlineData("переговоров", "переговоры", PartOfSpeech.Noun, Gender.None, Number.Plural, Case.Genitive)]
    [InlineData("министерства", "министерство", PartOfSpeech.Noun, Gender.Neuter, Number.Singular, Case.Genitive)]
    [InlineData("встречу", "встреча", PartOfSpeech.Noun, Gender.Feminine, Number.Singular, Case.Accusative)]
    // adjectives
    [InlineData("иностранных", "иностранный", PartOfSpeech.Adjective, Gender.None, Number.Plural, Case.Genitive)]
    [InlineData("новой", "новый", PartOfSpeech.Adjective, Gender.Feminine, Number.Singular, Case.Instrumental)]
    [InlineData("наибольшего", "наибольший", PartOfSpeech.Adjective, Gender.Masculine, Number.Singular, Case.Genitive)]
    // ё is read as е
    [InlineData("ёлкой", "елка", PartOfSpeech.Noun, Gender.Feminine, Number.Singular, Case.Instrumental)]
    public void Reads_common_words(string word, string lemma, PartOfSpeech pos, Gender gender, Number number, Case @case)
    {
        var readings = M.Parse(word);

        Assert.Contains(readings, r => r.Lemma == lemma && r.Tag.PartOfSpeech == pos && r.Tag.Gender == gender
            && r.Tag.Number == number && r.Tag.Case == @case && !r.IsGuess);
    }

    [Theory]
    [InlineData("Андрея", "андрей", Grammemes.GivenName, Gender.Masculine, Case.Genitive)]
    [InlineData("Марии", "мария", Grammemes.GivenName, Gender.Feminine, Case.Dative)]
    [InlineData("Петровой", "петров", Grammemes.Surname, Gender.Feminine, Case.Genitive)]
    [InlineData("Смирновым", "смирнов", Grammemes.Surname, Gender.Masculine, Case.Instrumental)]
    [InlineData("Сергеевичем", "сергей", Grammemes.Patronymic, Gender.Masculine, Case.Instrumental)]
    [InlineData("Ивановны", "иван", Grammemes.Patronymic, Gender.Feminine, Case.Genitive)]
    [InlineData("Казахстане", "казахстан", Grammemes.Geographic, Gender.Masculine, Case.Prepositional)]
    [InlineData("Москвы", "москва", Grammemes.Geographic, Gender.Feminine, Case.Genitive)]
    [InlineData("ООН", "оон", Grammemes.Abbreviation, Gender.Feminine, Case.Genitive)]
    [InlineData("МИДа", "мид", Grammemes.Organization, Gender.Masculine, Case.Genitive)]
    public void Reads_proper_names_with_their_marks(string word, string lemma, Grammemes mark, Gender gender, Case @case)
    {
        var readings = M.Parse(word);

        Assert.Contains(readings, r => r.Lemma == lemma && r.Tag.Has(mark) && r.Tag.Gender == gender && r.Tag.Case == @case);
    }

    [Fact]
    public void Animacy_is_read()
    {
        Assert.Contains(M.Parse("дипломата"), r => r.Tag.Animacy == Animacy.Animate && r.Tag.Case == Case.Accusative);
        Assert.All(M.Parse("договора").Where(r => r.Tag.PartOfSpeech == PartOfSpeech.Noun), r => Assert.Equal(Animacy.Inanimate, r.Tag.Animacy));
    }

    [Fact]
    public void Readings_are_ordered_by_corpus_probability()
    {
        var readings = M.Parse("стали");

        Assert.Equal("стать", readings[0].Lemma);
        Assert.Equal(PartOfSpeech.Verb, readings[0].Tag.PartOfSpeech);
        Assert.Equal(1.0, readings.Sum(r => r.Score), 3);
    }

    [Fact]
    public void A_womans_given_name_in_the_genitive_comes_before_the_rarer_mans_reading()
    {
        var first = M.Parse("Юлии")[0];

        Assert.Equal("юлия", first.Lemma);
        Assert.Equal(Gender.Feminine, first.Tag.Gender);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2024")]
    [InlineData("Google")]
    public void Words_without_russian_letters_have_no_readings(string word) => Assert.Empty(M.Parse(word));

    [Fact]
    public void Known_words_are_not_guessed_and_unknown_ones_are()
    {
        Assert.All(M.Parse("посол"), r => Assert.False(r.IsGuess));
        Assert.NotEmpty(M.Parse("Хольмквиста"));
        Assert.All(M.Parse("Хольмквиста"), r => Assert.True(r.IsGuess));
        Assert.Empty(M.ParseKnown("Хольмквиста"));
    }
}
