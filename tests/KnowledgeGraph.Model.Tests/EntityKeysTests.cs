using KnowledgeGraph.Model;

namespace KnowledgeGraph.Model.Tests;

public class EntityKeysTests
{
    [Theory]
    [InlineData("Государственный департамент", "gosudarstvennyy-departament")]
    [InlineData("Жанна Щукина", "zhanna-shchukina")]
    [InlineData("Фёдор Чуйков", "fedor-chuykov")]
    [InlineData("Объединённая хоккейная лига", "obedinennaya-khokkeynaya-liga")]
    [InlineData("Эльвира Юсупова", "elvira-yusupova")]
    [InlineData("Цаплин Ыбырай", "tsaplin-ybyray")]
    public void Slug_transliterates_russian(string name, string slug)
    {
        Assert.Equal(slug, EntityKeys.Slug(name));
    }

    [Theory]
    [InlineData("Әлия Қасымова", "aliya-kasymova")]
    [InlineData("Ғалым Өтепов", "galym-otepov")]
    [InlineData("Ұлытау Үйі", "ulytau-uyi")]
    [InlineData("Һәм Іңір", "ham-inir")]
    public void Slug_transliterates_kazakh_letters(string name, string slug)
    {
        Assert.Equal(slug, EntityKeys.Slug(name));
    }

    [Theory]
    [InlineData("  «Нур-Отан»,  партия! ", "nur-otan-partiya")]
    [InlineData("А.Б. Сергеев", "a-b-sergeev")]
    [InlineData("O'Neil & Sons (UK) Ltd.", "o-neil-sons-uk-ltd")]
    [InlineData("G20 — саммит", "g20-sammit")]
    [InlineData("C++", "cplusplus")]
    [InlineData("Группа + партнёры", "gruppa-plus-partnery")]
    public void Slug_folds_punctuation_into_single_dashes(string name, string slug)
    {
        Assert.Equal(slug, EntityKeys.Slug(name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("«—»")]
    public void Slug_of_nothing_is_x(string name)
    {
        Assert.Equal("x", EntityKeys.Slug(name));
    }

    [Fact]
    public void Slug_of_other_letters_is_ascii_hex()
    {
        var slug = EntityKeys.Slug("Ωmega");
        Assert.Equal("03c9mega", slug);
    }

    [Fact]
    public void Slug_is_always_lower_ascii_letters_digits_and_single_inner_dashes()
    {
        foreach (var name in new[] { "Ержан  Казыхан", "Министерство ИНОСТРАННЫХ дел РК", "東京 タワー", "Δ-1 / β_2", "ÉCOLE Polytechnique" })
        {
            var slug = EntityKeys.Slug(name);
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", slug);
        }
    }

    [Fact]
    public void Slug_is_the_same_for_composed_and_decomposed_text()
    {
        const string name = "Андрей Йовович";
        Assert.Equal(EntityKeys.Slug(name), EntityKeys.Slug(name.Normalize(System.Text.NormalizationForm.FormD)));
    }

    [Fact]
    public void For_prefixes_the_lower_case_label()
    {
        Assert.Equal("person:kazykhan-erzhan", EntityKeys.For(GraphLabels.Person, "Казыхан Ержан"));
        Assert.Equal("organization:oon", EntityKeys.For(GraphLabels.Organization, "ООН"));
        // every label of the contract, by the prefix made once for it
        Assert.All(GraphLabels.All, l => Assert.Equal(l.ToLowerInvariant() + ":oon", EntityKeys.For(l, "ООН")));
    }

    [Fact]
    public void For_refuses_an_unknown_label()
    {
        Assert.Throws<GraphContractException>(() => EntityKeys.For("Planet", "Марс"));
        Assert.Throws<GraphContractException>(() => EntityKeys.For("person", "Марс")); // labels are compared as written
        Assert.Throws<GraphContractException>(() => EntityKeys.For(null!, "Марс"));
    }
}
