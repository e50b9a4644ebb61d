using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Naming;

/// <summary>
/// Surnames joined by an apostrophe («О’Доннелл», «Д’Обиньи»): one word, a Latin look-alike letter before the
/// apostrophe read as Cyrillic in a Cyrillic word, the name keeping the apostrophe the article wrote. Invented people.
/// </summary>
public class ApostropheNameTests
{
    [Theory]
    [InlineData("Об этом заявил глава ассоциации Шон О’Доннелл.", "Шон О’Доннелл", "Шон О’Доннелл")]
    [InlineData("Об этом заявил глава ассоциации Шон О'Доннелл.", "Шон О'Доннелл", "Шон О'Доннелл")]
    // a Latin «O» before the apostrophe in a Cyrillic word
    [InlineData("Об этом заявил глава ассоциации Шон O’Доннелл.", "Шон O’Доннелл", "Шон О’Доннелл")]
    [InlineData("Об этом заявил глава ассоциации Шон O'Доннелл.", "Шон O'Доннелл", "Шон О'Доннелл")]
    [InlineData("Премию вручили художнице Мари Д’Обиньи.", "Мари Д’Обиньи", "Мари Д’Обиньи")]
    // the surname in an oblique case, written with the typographic apostrophe
    [InlineData("Министр встретился с Шоном О’Доннеллом в Дублине.", "Шоном О’Доннеллом", "Шон О’Доннелл")]
    public void Keeps_an_apostrophe_surname_whole(string sentence, string surface, string name)
    {
        var person = Extractors.Expect(sentence, surface, GraphLabels.Person);
        Assert.Equal(name, person.Name);
    }

    [Fact]
    public void The_key_does_not_depend_on_the_apostrophe_written()
    {
        var typographic = Extractors.Expect("Об этом заявил Шон О’Доннелл.", "Шон О’Доннелл", GraphLabels.Person);
        var plain = Extractors.Expect("Об этом заявил Шон O'Доннелл.", "Шон O'Доннелл", GraphLabels.Person);
        Assert.Equal(typographic.Key, plain.Key);
    }
}
