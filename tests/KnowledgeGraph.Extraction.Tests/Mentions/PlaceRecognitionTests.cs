using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Mentions;

/// <summary>Rows: a sentence, a place mention's text, its label and canonical name.</summary>
public class PlaceRecognitionTests
{
    [Theory]
    [InlineData("Делегация прибыла в Казахстан.", "Казахстан", "Country", "Казахстан")]
    [InlineData("Выставка прошла в Казахстане.", "Казахстане", "Country", "Казахстан")]
    [InlineData("Экспорт из РК вырос.", "РК", "Country", "Казахстан")]
    [InlineData("Переговоры с Соединенными Штатами продолжатся.", "Соединенными Штатами", "Country", "США")]
    [InlineData("Форум прошел в Нур-Султане.", "Нур-Султане", "City", "Астана")]
    [InlineData("Поезд ушел из Санкт-Петербурга.", "Санкт-Петербурга", "City", "Санкт-Петербург")]
    [InlineData("Урожай в Тамбовской области вырос.", "Тамбовской области", "Location", "Тамбовская область")]
    [InlineData("Ферма находится в штат Сонора.", "штат Сонора", "Location", "штат Сонора")]
    [InlineData("Туристы отдыхали на Черном море.", "Черном море", "Location", "Черное море")]
    [InlineData("Американская сторона согласилась.", "Американская", "Country", "США")]
    [InlineData("Договор подписан с польской стороной.", "польской", "Country", "Польша")]
    [InlineData("Вырос объем казахстанско-китайской торговли.", "казахстанско", "Country", "Казахстан")]
    [InlineData("Вырос объем казахстанско-китайской торговли.", "китайской", "Country", "Китай")]
    [InlineData("Фестиваль прошел в Мирославле и собрал тысячи гостей.", "Мирославле", "City", "Мирославл")]
    [InlineData("Морозы ударили в Северной Европе.", "Северной Европе", "Location", "Северная Европа")]
    [InlineData("Шествие прошло в Восточном Иерусалиме.", "Восточном Иерусалиме", "Location", "Восточный Иерусалим")]
    public void Recognises_places(string sentence, string surface, string label, string name)
    {
        var place = Extractors.Expect(sentence, surface, label);
        Assert.Equal(name, place.Name);
    }

    [Fact]
    public void A_compound_word_met_again_names_its_countries_at_each_place()
    {
        // the parts are worked out once per word and kept with it: the second occurrence reads them, at its own offsets
        const string text = "Вырос объем российско-индийской торговли, и рост российско-индийской торговли продолжится.";
        var entities = Extractors.EntitiesOf(text);
        foreach (var (surface, name) in new[] { ("российско", "Россия"), ("индийской", "Индия") })
        {
            var country = entities.Single(e => e.Name == name);
            Assert.Equal(2, country.Mentions.Count(m => m.Text == surface));
            Assert.Equal(2, country.Mentions.Select(m => m.Start).Distinct().Count());
        }
    }

    [Fact]
    public void Places_inside_body_names_are_mentions_too()
    {
        var entities = Extractors.EntitiesOf("Заявление сделала мэрия Москвы.");
        Assert.Equal(GraphLabels.City, entities.WithMention("Москвы")?.Label);
        Assert.Equal(GraphLabels.Organization, entities.WithMention("мэрия Москвы")?.Label);
    }

    [Fact]
    public void A_place_name_in_quotes_names_something_else()
    {
        var entities = Extractors.EntitiesOf("Хоккейный клуб «Сибирь» выиграл в Омске.");
        Assert.Equal(GraphLabels.Organization, entities.WithMention("клуб «Сибирь»")?.Label);
        Assert.DoesNotContain(entities, e => GraphLabels.Places.Contains(e.Label) && e.Name == "Сибирь");
    }
}
