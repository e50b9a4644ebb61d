using KnowledgeGraph.Extraction.Tests.Support;

namespace KnowledgeGraph.Extraction.Tests.Naming;

/// <summary>The nominative of a surname from all the forms an article uses, read with the morphology dictionary.</summary>
public class SurnameFormsTests
{
    [Theory]
    [InlineData("Лужкова,Лужков", '*', "Лужков")]          // the bare form supports -ов
    [InlineData("Адерхольтом", '*', "Адерхольт")]          // unknown, consonant-final, instrumental
    [InlineData("Гринберга,Гринбергом", '*', "Гринберг")]
    [InlineData("Бера", '*', "Бера")]                      // a foreign name in -а alone is left alone
    [InlineData("Сарыбаева", '*', "Сарыбаев")]             // -ева read as a male genitive
    [InlineData("Сарыбаева", 'f', "Сарыбаева")]            // unless the person is a woman
    [InlineData("Кравцовой", '*', "Кравцова")]
    [InlineData("Кравцову", 'f', "Кравцова")]
    [InlineData("Вишневского", '*', "Вишневский")]
    [InlineData("Вишневской", '*', "Вишневская")]
    [InlineData("Тулегенов", '*', "Тулегенов")]
    [InlineData("Шевченко", '*', "Шевченко")]
    [InlineData("Хольмквиста,Хольмквисту", '*', "Хольмквист")] // the guesser: an unknown surname, two oblique forms agree
    [InlineData("Маттиасены", '*', "Маттиасена")]          // a genitive in -ы: no nominative ends so
    [InlineData("Зелинскую", 'f', "Зелинская")]
    public void Chooses_the_nominative_from_all_forms(string forms, char gender, string expected)
    {
        var surnames = Extractors.Default.Lexicons.Surnames;
        Assert.Equal(expected, surnames.Choose(forms.Split(','), gender).Nominative);
    }

    [Fact]
    public void Readings_of_latin_words_are_only_the_form_itself() =>
        Assert.Equal([("Smith", '*', KnowledgeGraph.Extraction.Naming.SurnameForms.KeepRank)], Extractors.Default.Lexicons.Surnames.Candidates("Smith"));
}
