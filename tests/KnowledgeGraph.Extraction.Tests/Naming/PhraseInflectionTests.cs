using KnowledgeGraph.Extraction.Naming;

namespace KnowledgeGraph.Extraction.Tests.Naming;

public class PhraseInflectionTests
{
    [Theory]
    [InlineData("Государственного", 'm', "Государственный")]
    [InlineData("Европейского", 'm', "Европейский")]
    [InlineData("Белого", 'm', "Белый")]
    [InlineData("Синего", 'm', "Синий")]
    [InlineData("Центральной", 'f', "Центральная")]
    [InlineData("Федеральную", 'f', "Федеральная")]
    [InlineData("Национальному", 'n', "Национальное")]
    [InlineData("Объединенных", 'p', "Объединенные")]
    [InlineData("торжественным", 'm', "торжественный")]
    public void Puts_adjectives_into_the_nominative(string adjective, char gender, string expected) =>
        Assert.Equal(expected, PhraseInflection.ToNominative(adjective, gender));

    [Theory]
    [InlineData("Казахстан", "Казахстана")]
    [InlineData("Россия", "России")]
    [InlineData("Украина", "Украины")]
    [InlineData("Беларусь", "Беларуси")]
    [InlineData("Китай", "Китая")]
    [InlineData("США", "США")]
    [InlineData("Марокко", "Марокко")]
    public void Builds_genitives_of_place_names(string name, string expected) =>
        Assert.Equal(expected, Genitive.OfName(name));

    [Theory]
    [InlineData("суда", "суд", 'm', true)]
    [InlineData("судья", "суд", 'm', false)]
    [InlineData("германии", "герман", 'm', false)]
    [InlineData("марии", "мария", 'f', true)]
    [InlineData("управлением", "управление", 'n', true)]
    [InlineData("встреч", "встреча", 'f', true)]
    [InlineData("левый", "лев", 'm', false)]
    public void Knows_noun_case_forms(string word, string noun, char gender, bool expected) =>
        Assert.Equal(expected, NounForms.Fits(word, noun, gender));
}
