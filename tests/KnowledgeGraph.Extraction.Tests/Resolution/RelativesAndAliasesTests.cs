using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Resolution;

/// <summary>
/// Relatives who share a surname stay apart and a bare surname goes to the one named last;
/// a surname in brackets after a woman's full name is her other surname; a bare given name
/// joins the only person of that given name the article names in full. Invented people.
/// </summary>
public class RelativesAndAliasesTests
{
    [Fact]
    public void A_bare_surname_goes_to_the_relative_named_last()
    {
        const string text = "Генерал Рамиль Асхабов принял присягу. Соратники его отца Ахмеда Асхабова пришли на церемонию. "
                            + "Об этом заявил Рамиль Асхабов. Пресс-служба Асхабова подтвердила это.";
        var persons = Extractors.EntitiesOf(text).Where(e => e.Label == GraphLabels.Person).ToList();
        var son = Assert.Single(persons, p => p.Name == "Рамиль Асхабов");
        var father = Assert.Single(persons, p => p.Name == "Ахмед Асхабов");
        Assert.Contains(son.Mentions, m => m.Text == "Асхабова");
        Assert.Single(father.Mentions);
    }

    [Fact]
    public void A_bare_surname_with_a_womans_verb_goes_to_the_woman()
    {
        const string text = "Суд отложил дело Тимура Сабитова. «Нам обещали встречу», — рассказала Дина Сабит. "
                            + "Она хочет поговорить с Тимуром. Сабит рассказала, что ждет ответа.";
        var persons = Extractors.EntitiesOf(text).Where(e => e.Label == GraphLabels.Person).ToList();
        var wife = Assert.Single(persons, p => p.Name == "Дина Сабит");
        Assert.Contains(wife.Mentions, m => m.Text == "Сабит");
    }

    [Theory]
    [InlineData("Первое место заняла Марина Тулегенова (Сафронова) из Казахстана.", "Марина Тулегенова", "Сафронова")]
    [InlineData("Вторым стал Ерлан Сапаров (Жумабаев), он набрал восемь очков.", "Ерлан Сапаров", "Жумабаев")]
    public void A_surname_in_brackets_after_a_woman_is_her_other_surname(string text, string name, string other)
    {
        var person = Assert.Single(Extractors.EntitiesOf(text), e => e.Label == GraphLabels.Person);
        Assert.Equal(name, person.Name);
        Assert.Contains(person.Mentions, m => m.Text == other);
    }

    [Theory]
    [InlineData("Суд по делу Тимура отложили. Брат Тимура Сабитова дал показания. Адвокат Тимура Сабитова подал жалобу.", "Тимур Сабитов", 3)]
    public void A_bare_given_name_joins_the_person_named_in_full(string text, string name, int mentions)
    {
        var person = Assert.Single(Extractors.EntitiesOf(text), e => e.Label == GraphLabels.Person);
        Assert.Equal(name, person.Name);
        Assert.Equal(mentions, person.Mentions.Count);
    }
}
