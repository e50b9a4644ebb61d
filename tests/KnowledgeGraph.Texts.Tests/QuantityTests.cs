using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Texts.Tests;

public class QuantityTests
{
    [Theory]
    [InlineData(1, "1 статья")]
    [InlineData(2, "2 статьи")]
    [InlineData(5, "5 статей")]
    [InlineData(11, "11 статей")]
    [InlineData(21, "21 статья")]
    [InlineData(22, "22 статьи")]
    [InlineData(25, "25 статей")]
    [InlineData(111, "111 статей")]
    [InlineData(0, "0 статей")]
    public void Russian_articles_take_the_form_of_their_count(long n, string expected) =>
        Assert.Equal(expected, Nouns.Article.Count(n, UiLanguage.Russian));

    [Theory]
    [InlineData(1, "1 связь")]
    [InlineData(2, "2 связи")]
    [InlineData(5, "5 связей")]
    [InlineData(21, "21 связь")]
    [InlineData(22, "22 связи")]
    [InlineData(25, "25 связей")]
    [InlineData(111, "111 связей")]
    [InlineData(64, "64 связи")]
    [InlineData(123, "123 связи")]
    public void Russian_relationships_take_the_form_of_their_count(long n, string expected) =>
        Assert.Equal(expected, Nouns.Relationship.Count(n, UiLanguage.Russian));

    [Theory]
    [InlineData(1, "1 узел")]
    [InlineData(64, "64 узла")]
    [InlineData(1012, "1 012 узлов")]
    public void Russian_numbers_are_grouped_by_the_russian_culture(long n, string expected) =>
        Assert.Equal(expected, Nouns.Node.Count(n, UiLanguage.Russian).Replace('\u00a0', ' ').Replace('\u202f', ' '));

    [Theory]
    [InlineData(1, "1 article")]
    [InlineData(2, "2 articles")]
    [InlineData(0, "0 articles")]
    [InlineData(1234, "1,234 articles")]
    public void English_articles_take_the_singular_for_one_only(long n, string expected) =>
        Assert.Equal(expected, Nouns.Article.Count(n, UiLanguage.English));

    /// <summary>Every counted noun: the plural written out is the one an inflector (Humanizer) makes of its singular.</summary>
    [Fact]
    public void Every_english_plural_is_the_inflectors()
    {
        var nouns = typeof(Nouns).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(f => (Noun)f.GetValue(null)!).ToList();
        Assert.True(nouns.Count >= 11);
        Assert.All(nouns, n => Assert.Equal(Humanizer.InflectorExtensions.Pluralize(n.English, inputIsKnownToBeSingular: true), n.EnglishPlural));
        Assert.All(nouns, n => Assert.Equal(n.English, n.EnglishForm(1)));
        Assert.All(nouns, n => Assert.Equal(n.EnglishPlural, n.EnglishForm(0)));
    }

    /// <summary>kg's own assemblies load no inflector: its default vocabulary compiles some hundred regular expressions at first use.</summary>
    [Fact]
    public void The_texts_need_no_inflector() =>
        Assert.DoesNotContain(typeof(Nouns).Assembly.GetReferencedAssemblies(), a => a.Name == "Humanizer");

    [Fact]
    public void English_entity_pluralises_to_entities() =>
        Assert.Equal("35 entities", Nouns.Entity.Count(35, UiLanguage.English));

    [Fact]
    public void Counts_say_entities_articles_relationships_and_mentions_apart()
    {
        var graph = new GraphSnapshot
        {
            Articles = [new StoredArticle("article:a", "A", null, null, null, null, "ru", null, "2031-01-01T00:00:00Z")],
            Entities = [new StoredEntity { Key = "person:x", Label = GraphLabels.Person, Name = "X" }, new StoredEntity { Key = "city:y", Label = GraphLabels.City, Name = "Y" }],
            Relationships =
            [
                new StoredRelationship { Type = RelationshipTypes.Visited, Start = "person:x", End = "city:y" },
                new StoredRelationship { Type = RelationshipTypes.Mentions, Start = "article:a", End = "person:x" },
                new StoredRelationship { Type = RelationshipTypes.Mentions, Start = "article:a", End = "city:y" },
            ],
        };
        var counts = GraphCounts.Of(graph);
        Assert.Equal(new GraphCounts(2, 1, 1, 2), counts);
        Assert.Equal("2 entities, 1 article, 1 relationship (and 2 MENTIONS links, counted apart)", counts.Describe(UiLanguage.English));
        Assert.Equal("2 сущности, 1 статья, 1 связь (и отдельно 2 связи MENTIONS)", counts.Describe(UiLanguage.Russian));
    }

    [Theory]
    [InlineData(null, "ru-RU", UiLanguage.Russian)]
    [InlineData(null, "en-US", UiLanguage.English)]
    [InlineData(null, "de-DE", UiLanguage.English)]
    [InlineData("ru", "en-US", UiLanguage.Russian)]
    [InlineData("EN", "ru-RU", UiLanguage.English)]
    public void Language_comes_from_the_choice_else_the_culture(string? choice, string culture, UiLanguage expected) =>
        Assert.Equal(expected, UiLanguages.Resolve(choice, CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void An_unknown_language_is_refused() =>
        Assert.Throws<ArgumentException>(() => UiLanguages.Resolve("fr", CultureInfo.InvariantCulture));

    [Fact]
    public void Every_label_and_type_has_a_display_name_in_both_languages()
    {
        foreach (var id in GraphLabels.All.Concat(RelationshipTypes.All))
        {
            Assert.NotEqual(id, GraphNames.All(UiLanguage.Russian)[id]);
            Assert.False(string.IsNullOrWhiteSpace(GraphNames.All(UiLanguage.English)[id]));
        }
    }

    [Fact]
    public void Both_languages_give_the_page_the_same_keys_and_different_words()
    {
        var en = Messages.For(UiLanguage.English).HtmlTexts;
        var ru = Messages.For(UiLanguage.Russian).HtmlTexts;
        Assert.Equal(en.Keys, ru.Keys);
        Assert.All(en.Keys, k => Assert.NotEqual(en[k], ru[k]));
    }
}
