using KnowledgeGraph.Extraction.Naming;
using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Naming;

/// <summary>Nominatives of name phrases by the dictionary: the head and its adjectives change, complements stay.</summary>
public class PhraseNominativeTests
{
    private static readonly KnowledgeGraph.Morphology.MorphAnalyzer Morph = PhraseNominative.AnalyzerFor(Extractors.Default.Lexicons);

    [Theory]
    [InlineData("Свободной прессе", "Свободная пресса")]
    [InlineData("Спартака", "Спартак")]
    [InlineData("Телевизора", "Телевизор")]
    [InlineData("Министерства иностранных дел", "Министерство иностранных дел")]
    [InlineData("Государственного департамента США", "Государственный департамент США")]
    [InlineData("Вечерней почте", "Вечерняя почта")]
    [InlineData("Народным фронтом", "Народный фронт")]
    public void Puts_the_head_and_its_adjectives_in_the_nominative(string phrase, string nominative) =>
        Assert.Equal(nominative, PhraseNominative.Of(Morph, phrase.Split(' ')));

    [Theory]
    [InlineData("Новая газета")]
    [InlineData("Известия")]
    [InlineData("Северный курьер")]
    [InlineData("Высшей школы")] // the dictionary reads «высшей» as a degree of «высокий»: left to the endings
    public void Leaves_a_nominative_alone(string phrase) =>
        Assert.Null(PhraseNominative.Of(Morph, phrase.Split(' ')));

    [Theory]
    [InlineData("Болельщики «Ротора» собрались у стадиона.", "Ротора", "Ротор")]
    [InlineData("В интервью «Вечерней почте» он все объяснил.", "Вечерней почте", "Вечерняя почта")]
    [InlineData("Нападающий «Астаны» забил гол.", "Астаны", "Астана")]
    public void A_quoted_name_in_an_oblique_case_is_named_in_the_nominative(string sentence, string surface, string name)
    {
        var org = Extractors.Expect(sentence, surface, GraphLabels.Organization);
        Assert.Equal(name, org.Name);
    }
}
