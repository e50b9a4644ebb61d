using KnowledgeGraph.Extraction.Tests.Support;

namespace KnowledgeGraph.Extraction.Tests.Resolution;

/// <summary>
/// Places and bodies from the lexicon carry every name the lexicon gives them, in the nominative,
/// whichever form the article used: the current name is the entity's name, older ones are aliases.
/// </summary>
public class LexiconAliasTests
{
    [Theory]
    [InlineData("Делегация прилетела в Нур-Султан утром.", "Нур-Султан", "Астана", "Нур-Султан")]
    [InlineData("Делегация прилетела в Нур-Султан утром.", "Нур-Султан", "Астана", "Целиноград")]
    [InlineData("Форум открылся в Алма-Ате.", "Алма-Ате", "Алматы", "Алма-Ата")]
    [InlineData("Позицию РК изложил посол.", "РК", "Казахстан", "Республика Казахстан")]
    [InlineData("В Европейском союзе это обсуждают.", "Европейском союзе", "Евросоюз", "ЕС")]
    [InlineData("Министр снова побывал на Курилах.", "Курилах", "Курильские острова", "Курилы")]
    [InlineData("Делегация посетила Ленобласть.", "Ленобласть", "Ленинградская область", "Ленобласть")]
    public void Lexicon_names_are_aliases_in_the_nominative(string sentence, string surface, string name, string alias)
    {
        var e = Extractors.EntitiesOf(sentence).WithMention(surface);
        Assert.NotNull(e);
        Assert.Equal(name, e.Name);
        Assert.Contains(alias, e.Aliases);
    }
}
