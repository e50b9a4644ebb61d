namespace KnowledgeGraph.Morphology.Tests;

/// <summary>Foreign surnames the dictionary does not hold, read by their endings.</summary>
public class GuesserTests
{
    private static MorphAnalyzer M => Analyzer.Shared;

    [Theory]
    [InlineData("Уэббера", Case.Genitive, "уэббер")]
    [InlineData("Уэбберу", Case.Dative, "уэббер")]
    [InlineData("Уэббером", Case.Instrumental, "уэббер")]
    [InlineData("Райкконена", Case.Genitive, "райкконен")]
    [InlineData("Райкконеном", Case.Instrumental, "райкконен")]
    [InlineData("Хольмквиста", Case.Genitive, "хольмквист")]
    [InlineData("Хольмквисту", Case.Dative, "хольмквист")]
    [InlineData("Оттенбергом", Case.Instrumental, "оттенберг")]
    [InlineData("Хольмквисте", Case.Prepositional, "хольмквист")]
    public void Masculine_foreign_surname_gets_its_nominative(string word, Case @case, string nominative)
    {
        var reading = M.Guess(word, Analyzer.SingularNoun).First(r => r.Tag.Case == @case && r.Tag.Gender == Gender.Masculine);

        Assert.True(reading.IsGuess);
        Assert.Equal(Gender.Masculine, reading.Tag.Gender);
        Assert.Equal(nominative, M.Inflect(reading, Case.Nominative)?.Word);
    }

    [Theory]
    [InlineData("Ковальской", Case.Genitive, "ковальская")]
    [InlineData("Ковальскую", Case.Accusative, "ковальская")]
    [InlineData("Зелинской", Case.Instrumental, "зелинская")]
    [InlineData("Кабировой", Case.Genitive, "кабирова")]
    [InlineData("Кабировой", Case.Dative, "кабирова")]
    [InlineData("Мухтаровой", Case.Instrumental, "мухтарова")]
    public void Feminine_surname_gets_a_feminine_nominative(string word, Case @case, string nominative)
    {
        var reading = M.Parse(word).Concat(M.Guess(word, Analyzer.SingularNoun))
            .First(r => r.Tag.Case == @case && r.Tag.Gender == Gender.Feminine && r.Tag.IsSurname);

        Assert.Equal(nominative, M.Inflect(reading, Case.Nominative)?.Word);
    }

    [Fact]
    public void Guesses_are_scored_and_ordered()
    {
        var guesses = M.Guess("Хольмквиста");

        Assert.NotEmpty(guesses);
        Assert.All(guesses, g => Assert.InRange(g.Score, 0, 1));
        Assert.Equal(guesses.OrderByDescending(g => g.Score).Select(g => g.Score), guesses.Select(g => g.Score));
    }

    [Fact]
    public void Short_words_are_not_guessed() => Assert.Empty(M.Guess("Кью"));

    [Fact]
    public void A_filter_skips_endings_with_no_accepted_reading()
    {
        var unfiltered = M.Guess("Райкконена");
        var filtered = M.Guess("Райкконена", Analyzer.SingularNoun);

        Assert.NotEqual(PartOfSpeech.Noun, unfiltered[0].Tag.PartOfSpeech);
        Assert.NotEmpty(filtered);
        Assert.All(filtered, r => Assert.Equal(PartOfSpeech.Noun, r.Tag.PartOfSpeech));
    }
}
