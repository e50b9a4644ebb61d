using KnowledgeGraph.Extraction.Tests.Support;

namespace KnowledgeGraph.Extraction.Tests.Naming;

public class SurnameTableTests
{
    [Theory]
    [InlineData("Лужкова,Лужков", '*', "Лужков")]          // the bare form supports -ов
    [InlineData("Адерхольтом", '*', "Адерхольт")]          // consonant-final, instrumental
    [InlineData("Гринберга,Гринбергом", '*', "Гринберг")]
    [InlineData("Бера", '*', "Бера")]                      // a foreign name in -а is left alone
    [InlineData("Зея", '*', "Зея")]
    [InlineData("Сарыбаева", '*', "Сарыбаев")]             // -ева read as a male genitive
    [InlineData("Сарыбаева", 'f', "Сарыбаева")]            // unless the person is a woman
    [InlineData("Кравцовой", '*', "Кравцова")]
    [InlineData("Кравцову", 'f', "Кравцова")]
    [InlineData("Вишневского", '*', "Вишневский")]
    [InlineData("Вишневской", '*', "Вишневская")]
    [InlineData("Тулегенов", '*', "Тулегенов")]
    [InlineData("Шевченко", '*', "Шевченко")]
    public void Chooses_the_nominative_from_all_forms(string forms, char gender, string expected)
    {
        var table = Extractors.Default.Lexicons.Surnames;
        Assert.Equal(expected, table.Choose(forms.Split(','), gender).Nominative);
    }
}
