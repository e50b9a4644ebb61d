using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Tests;

public sealed class GraphStoreReadTests : StoreTestBase
{
    // A chain: Сергей Ёлкин -MET_WITH- Мария Зуева -MEMBER_OF-> Союз -LOCATED_IN-> Тараз.
    private readonly ArticleBuilder _one = new ArticleBuilder("Сергей Ёлкин встретился с Марией Зуевой.\nЗуева состоит в «Союзе».", "one.txt")
        .Entity("person:elkin-sergey", "Сергей Ёлкин")
        .Entity("person:zueva-mariya", "Марией Зуевой", aliases: ["Зуева", "М.Зуева"])
        .Entity("organization:soyuz", "Союзе", GraphLabels.Organization)
        .Rel(RelationshipTypes.MetWith, "person:zueva-mariya", "person:elkin-sergey", "Сергей Ёлкин встретился с Марией Зуевой.")
        .Rel(RelationshipTypes.MemberOf, "person:zueva-mariya", "organization:soyuz", "Зуева состоит в «Союзе».");

    private readonly ArticleBuilder _two = new ArticleBuilder("Штаб «Союза» находится в Таразе. Ёлкина там нет.", "two.txt")
        .Entity("organization:soyuz", "Союза", GraphLabels.Organization)
        .Entity("city:taraz", "Таразе", GraphLabels.City)
        .Entity("organization:soyuz-sport", "Союз-Спорт", GraphLabels.Organization)
        .Rel(RelationshipTypes.LocatedIn, "organization:soyuz", "city:taraz", "Штаб «Союза» находится в Таразе.");

    public GraphStoreReadTests()
    {
        _two.Rel(RelationshipTypes.Mentions, _two.Key, "city:taraz", confidence: null);
        Save(_one);
        Save(_two);
    }

    [Fact]
    public void ReadAll_returns_every_article_entity_and_relationship()
    {
        var all = Store.ReadAll();
        Assert.Equal(new[] { _one.Key, _two.Key }.Order(StringComparer.Ordinal), all.Articles.Select(a => a.Key).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["city:taraz", "organization:soyuz", "organization:soyuz-sport", "person:elkin-sergey", "person:zueva-mariya"],
            all.Entities.Select(e => e.Key));
        Assert.Equal(4, all.Relationships.Count);
        Assert.Equal(GraphLabels.Article, all.LabelOf(_two.Key));
        Assert.Equal(GraphLabels.City, all.LabelOf("city:taraz"));
    }

    [Fact]
    public void ReadArticle_gives_the_article_its_entities_and_its_relationships()
    {
        var one = Store.ReadArticle(_one.Key);
        Assert.Equal(_one.Key, Assert.Single(one.Articles).Key);
        Assert.Equal(["organization:soyuz", "person:elkin-sergey", "person:zueva-mariya"], one.Entities.Select(e => e.Key));
        Assert.Equal([RelationshipTypes.MetWith, RelationshipTypes.MemberOf], one.Relationships.Select(r => r.Type));
    }

    [Fact]
    public void ReadArticle_includes_both_ends_of_every_relationship()
    {
        // «Союз-Спорт» has no mention in the text; a relationship to it must still have its end node.
        var three = new ArticleBuilder("Зуева возглавила новый клуб.", "three.txt")
            .Entity("person:zueva-mariya", "Зуева")
            .Entity("organization:soyuz-sport", "Союз-Спорт", GraphLabels.Organization)
            .Rel(RelationshipTypes.MemberOf, "person:zueva-mariya", "organization:soyuz-sport", "Зуева возглавила новый клуб.");
        Save(three);

        var graph = Store.ReadArticle(three.Key);

        foreach (var r in graph.Relationships)
        {
            Assert.Contains(graph.Entities, e => e.Key == r.Start);
            Assert.Contains(graph.Entities, e => e.Key == r.End);
        }
    }

    [Fact]
    public void ReadArticle_includes_relationships_saved_without_evidence()
    {
        // Evidence is optional in the contract; without it a relationship must still reach the sinks.
        var four = new ArticleBuilder("Ёлкин и Зуева — коллеги.", "four.txt")
            .Entity("person:elkin-sergey", "Ёлкин")
            .Entity("person:zueva-mariya", "Зуева")
            .Rel(RelationshipTypes.AffiliatedWith, "person:elkin-sergey", "person:zueva-mariya");
        Save(four);

        var two = Store.ReadArticle(_two.Key);
        var mentions = Assert.Single(two.Relationships, r => r.Type == RelationshipTypes.Mentions);
        Assert.Equal((_two.Key, "city:taraz"), (mentions.Start, mentions.End));
        Assert.Single(Store.ReadArticle(four.Key).Relationships, r => r.Type == RelationshipTypes.AffiliatedWith);
    }

    [Fact]
    public void ReadArticle_of_an_unknown_key_is_empty()
    {
        var none = Store.ReadArticle("article:sha256:none");
        Assert.Empty(none.Articles);
        Assert.Empty(none.Entities);
        Assert.Empty(none.Relationships);
    }

    [Theory]
    [InlineData(0, new[] { "person:elkin-sergey" })]
    [InlineData(1, new[] { "person:elkin-sergey", "person:zueva-mariya" })]
    [InlineData(2, new[] { "organization:soyuz", "person:elkin-sergey", "person:zueva-mariya" })]
    [InlineData(3, new[] { "city:taraz", "organization:soyuz", "person:elkin-sergey", "person:zueva-mariya" })]
    [InlineData(10, new[] { "city:taraz", "organization:soyuz", "person:elkin-sergey", "person:zueva-mariya" })]
    public void ReadAround_follows_relationships_both_ways_up_to_depth(int depth, string[] keys)
    {
        var around = Store.ReadAround("person:elkin-sergey", depth);
        Assert.Equal(keys, around.Entities.Select(e => e.Key));
        Assert.All(around.Relationships, r => Assert.NotEqual(RelationshipTypes.Mentions, r.Type));
        Assert.Equal(keys.Length - 1, around.Relationships.Count);
        Assert.Empty(around.Articles);
    }

    [Fact]
    public void RelationshipsOf_gives_both_directions()
    {
        Assert.Equal(
            [RelationshipTypes.MetWith, RelationshipTypes.MemberOf],
            Store.RelationshipsOf("person:zueva-mariya").Select(r => r.Type));
        Assert.Equal(
            [RelationshipTypes.MemberOf, RelationshipTypes.LocatedIn],
            Store.RelationshipsOf("organization:soyuz").Select(r => r.Type));
    }

    [Theory]
    [InlineData("Марией Зуевой")]
    [InlineData("марией зуевой")]
    [InlineData("  МАРИЕЙ   ЗУЕВОЙ ")]
    [InlineData("М. Зуева")]
    [InlineData("«Зуева»")]
    public void FindEntities_exact_ignores_case_spaces_initials_and_quotes(string name)
    {
        Assert.Equal("person:zueva-mariya", Store.FindEntities(name).First().Key);
    }

    [Theory]
    [InlineData("Сергей Елкин")]
    [InlineData("сергей ёлкин")]
    [InlineData("СЕРГЕЙ ЁЛКИН")]
    public void FindEntities_treats_yo_as_ye(string name)
    {
        Assert.Equal("person:elkin-sergey", Assert.Single(Store.FindEntities(name)).Key);
    }

    [Fact]
    public void FindEntities_ranks_exact_then_prefix_then_substring()
    {
        // "Союз" is a prefix of «Союзе», «Союза» (organization:soyuz) and «Союз-Спорт».
        var prefix = Store.FindEntities("союз");
        Assert.Equal(["organization:soyuz", "organization:soyuz-sport"], prefix.Select(e => e.Key));

        var exact = Store.FindEntities("Союз-Спорт");
        Assert.Equal("organization:soyuz-sport", Assert.Single(exact).Key);

        var substring = Store.FindEntities("спорт");
        Assert.Equal("organization:soyuz-sport", Assert.Single(substring).Key);

        var mixed = Store.FindEntities("Союза");
        Assert.Equal("organization:soyuz", mixed[0].Key); // exact alias beats nothing else
    }

    [Fact]
    public void FindEntities_exact_match_comes_before_a_prefix_match_with_more_mentions()
    {
        var more = new ArticleBuilder("Тараз и Таразская область. Таразская область велика. Таразская область.", "four.txt")
            .Entity("location:tarazskaya-oblast", "Таразская область", GraphLabels.Location)
            .Entity("city:taraz", "Тараз", GraphLabels.City);
        Save(more);
        var found = Store.FindEntities("Тараз");
        Assert.Equal(["city:taraz", "location:tarazskaya-oblast"], found.Select(e => e.Key));
    }

    [Fact]
    public void FindEntities_respects_the_limit_and_finds_nothing_for_strangers()
    {
        Assert.Single(Store.FindEntities("о", limit: 1));
        Assert.Empty(Store.FindEntities("Никто Неизвестный"));
    }
}
