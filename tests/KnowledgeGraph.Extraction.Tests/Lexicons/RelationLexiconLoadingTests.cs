using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Lexicons;

/// <summary>
/// The relation lists are read at run time from the same lexicon folder as the entity lexicons, by the same
/// reader: a changed folder changes the relations, cities carry their country and capital as '@' fields that
/// are no names, and country adjectives come from the one file the entity side reads.
/// </summary>
public sealed class RelationLexiconLoadingTests : IDisposable
{
    private readonly string _copy = Path.Combine(Path.GetTempPath(), "kg-lexicons-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_copy))
        {
            Directory.Delete(_copy, recursive: true);
        }
    }

    [Fact]
    public void A_relation_list_of_the_lexicon_folder_is_read_at_run_time()
    {
        const string text = "Заголовок\n\nМинистр Ян Новак совещался с Евой Ковальской в Варшаве.";
        Assert.DoesNotContain(Extractors.Default.Extract(Extractors.Article(text)).Relationships, r => r.Type == RelationshipTypes.MetWith);

        CopyFolder(RepoPaths.Lexicons, _copy);
        File.AppendAllText(Path.Combine(_copy, "relations", "met-with.txt"), "\nсовещал*\n");
        var changed = ArticleExtractor.Create(_copy).Extract(Extractors.Article(text));

        Assert.Contains(changed.Relationships, r => r.Type == RelationshipTypes.MetWith);
    }

    [Fact]
    public void A_missing_relation_list_names_the_file()
    {
        CopyFolder(RepoPaths.Lexicons, _copy);
        File.Delete(Path.Combine(_copy, "relations", "agreed.txt"));
        var ex = Assert.Throws<FileNotFoundException>(() => ArticleExtractor.Create(_copy));
        Assert.Contains("agreed.txt", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("вашингтон", "США", true)]
    [InlineData("нур-султан", "Казахстан", true)]
    [InlineData("стамбул", "Турция", false)]
    [InlineData("минск", "Белоруссия", true)]
    public void Cities_carry_their_country_and_capital_in_cities_txt(string city, string country, bool capital)
    {
        var lx = RelationLexicons.Load(RepoPaths.Lexicons);
        Assert.Equal(country, lx.CityCountry[city]);
        Assert.Equal(capital, lx.Capitals.Contains(city));
    }

    [Fact]
    public void Attribute_fields_are_no_names_of_a_city()
    {
        var moscow = Extractors.EntitiesOf("Делегация прибыла в Москву.").Single(e => e.Label == GraphLabels.City);
        Assert.DoesNotContain(moscow.Aliases, a => a.StartsWith('@'));
        Assert.DoesNotContain(Extractors.EntitiesOf("Это @capital и @in Россия."), e => e.Label == GraphLabels.City);
    }

    [Theory]
    [InlineData("белорусскими", "Белоруссия")]
    [InlineData("американская", "США")]
    [InlineData("казахстанского", "Казахстан")]
    public void Country_adjectives_come_from_the_entity_lexicon_with_canonical_countries(string adjective, string country)
    {
        var lx = RelationLexicons.Load(RepoPaths.Lexicons);
        var entries = File.ReadLines(Path.Combine(RepoPaths.Lexicons, "countries.txt")).Select(l => l.Split('|')[0].Trim()).ToHashSet();
        Assert.All(lx.Demonyms, d => Assert.Contains(d.Value, entries));
        Assert.Equal(country, Assert.Single(lx.Demonyms, d => adjective.StartsWith(d.Key, StringComparison.Ordinal)).Value);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
