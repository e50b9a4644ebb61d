using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Tests;

public sealed class HostileValuesTests : StoreTestBase
{
    public static TheoryData<string> Hostile() =>
    [
        "Имя `с` обратными `` кавычками",
        "Кавычки 'одинарные' и \"двойные\" и «ёлочки»",
        "{скобки} {{шаблон}} [массив] (x)",
        "// не комментарий /* и это */ -- и это",
        "точка; с запятой; DROP TABLE articles; --",
        "строка\nперевод\r\nи\tтаб\u2028разделитель",
        ":param rows => [1]; $rows $k @x ?",
        "NUL\0внутри и \u001b[31mESC",
        "эмодзи 😀 и суррогаты 𝔘",
        new string('Ж', 100 * 1024),
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_names_texts_and_properties_come_back_byte_identical(string hostile)
    {
        var text = "Начало. " + hostile + " Конец.";
        var a = new ArticleBuilder(text, "hostile/" + hostile[..Math.Min(hostile.Length, 40)] + ".txt")
            .Entity("person:hostile", hostile, aliases: [hostile + " (псевдоним)"], properties: ("note", hostile))
            .Entity("person:plain", "Конец")
            .Rel(RelationshipTypes.Criticized, "person:hostile", "person:plain", hostile, 0.5, ("quote", hostile));
        a.Place = hostile;

        Save(a);

        Assert.Equal(text, Store.ArticleText(a.Key));
        var article = Store.Article(a.Key)!;
        Assert.Equal(a.Source.Title, article.Title);
        Assert.Equal(hostile, article.Place);
        var entity = Store.ReadAll().Entities.Single(e => e.Key == "person:hostile");
        Assert.Equal(hostile, entity.Name);
        Assert.Equal([hostile + " (псевдоним)"], entity.Aliases);
        Assert.Equal(hostile, entity.Properties["note"]);
        var rel = Assert.Single(Store.ReadAll().Relationships);
        Assert.Equal(hostile, rel.Properties["quote"]);
        Assert.Equal(hostile, Assert.Single(rel.Evidence).Text);
        Assert.Equal("person:hostile", Store.FindEntities(hostile).First().Key);
        Assert.Equal("ok", Store.IntegrityCheck());
    }
}
