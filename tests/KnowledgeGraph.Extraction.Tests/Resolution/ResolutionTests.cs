using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Resolution;

public class ResolutionTests
{
    [Fact]
    public void Mentions_of_one_person_are_one_entity_with_aliases()
    {
        var entities = Extractors.EntitiesOf("Ержан Тулегенов прибыл в Омск. Е.Тулегенов отметил, что Тулегенова ждали.");
        var person = Assert.Single(entities, e => e.Label == GraphLabels.Person);
        Assert.Equal("Ержан Тулегенов", person.Name);
        Assert.Equal(3, person.Mentions.Count);
        Assert.Equal(["Е.Тулегенов", "Тулегенова"], person.Aliases);
    }

    [Theory]
    [InlineData("РК", "Казахстан")]
    [InlineData("Госдепартамент", "Государственный департамент США")]
    [InlineData("Соединенные Штаты", "США")]
    public void Aliases_and_canonical_names_share_an_entity(string alias, string canonical)
    {
        var entities = Extractors.EntitiesOf($"Сначала упомянули {canonical}. Потом снова {alias}.");
        var e = entities.WithMention(alias);
        Assert.NotNull(e);
        Assert.Equal(canonical, e.Name);
        Assert.Equal(2, e.Mentions.Count);
    }

    [Fact]
    public void Keys_are_stable_across_articles()
    {
        var a = Extractors.EntitiesOf("Доклад сделал Ержан Тулегенов.").WithMention("Ержан Тулегенов");
        var b = Extractors.EntitiesOf("С докладом выступил Е.Тулегенов.").WithMention("Е.Тулегенов");
        Assert.Equal(a?.Key, b?.Key);
    }

    [Fact]
    public void Two_people_with_one_surname_and_other_initials_stay_apart()
    {
        var entities = Extractors.EntitiesOf("Пришли Анна Кравцова и Борис Кравцов. Кравцов выступил.");
        Assert.Equal(2, entities.Count(e => e.Label == GraphLabels.Person));
        Assert.Equal(2, entities.Single(e => e.Name == "Борис Кравцов").Mentions.Count);
    }

    [Fact]
    public void Our_country_in_a_body_name_is_the_article_country()
    {
        var entities = Extractors.EntitiesOf("Казахстан и Италия дружат. В Казахстане рады. Прием организовало Посольство нашей страны в Италии.");
        Assert.NotNull(entities.FirstOrDefault(e => e.Name == "Посольство Казахстана в Италии"));
    }
}
