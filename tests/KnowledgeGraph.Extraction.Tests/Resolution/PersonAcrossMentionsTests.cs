using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Resolution;

/// <summary>
/// One person named from all the article's mentions of them: the gender the mentions show together
/// (surname forms, a past-tense verb beside the name) decides a given name read two ways; a Latin
/// spelling in brackets is the same person; a word in «-вич» with no surname after it is the surname.
/// Every text is about invented people.
/// </summary>
public class PersonAcrossMentionsTests
{
    [Theory]
    // a given name and surname that read as a man's genitive or a woman's nominative, settled by the verb after or before them
    [InlineData("Главный аналитик фонда Дина Серикбаева отметила, что спрос вырос.", "Дина Серикбаева")]
    [InlineData("Об этом сообщила Дина Серикбаева на брифинге.", "Дина Серикбаева")]
    [InlineData("Главный аналитик фонда Алия Жумагулова заявила, что спрос вырос.", "Алия Жумагулова")]
    // an oblique form that only a woman's surname takes settles the given name read two ways
    [InlineData("Награду вручили Алие Тлеугазиевой в пятницу.", "Алия Тлеугазиева")]
    // a surname ending in a consonant stays a woman's with a woman's verb
    [InlineData("Об этом рассказала Алла Гросс журналистам.", "Алла Гросс")]
    // the verb after a body that governs the name agrees with the body, not with the person
    [InlineData("Президент фонда Тимур Кадыралиев выступил утром. Пресс-служба Кадыралиева заявила, что спрос вырос.", "Тимур Кадыралиев")]
    public void The_gender_of_the_context_decides_the_nominative(string text, string name)
    {
        var person = Assert.Single(Extractors.EntitiesOf(text), e => e.Label == GraphLabels.Person);
        Assert.Equal(name, person.Name);
    }

    [Theory]
    // a woman named first in a form that reads both ways, then in a form only a woman's surname takes
    [InlineData("В группу вошли Камила Бекмуратова и Ерлан Сапаров. Работа Камилы Бекмуратовой получила премию.", "Камила Бекмуратова")]
    [InlineData("Слово взяла Алия Нуртазина. Алие Нуртазиной вручили диплом.", "Алия Нуртазина")]
    // a man named in the nominative, then in a form that could be a woman's
    [InlineData("Доклад сделал Данияр Абдуллин. Данияра Абдуллина поздравили коллеги.", "Данияр Абдуллин")]
    public void Mentions_of_one_person_in_two_readings_are_one_entity(string text, string name)
    {
        var persons = Extractors.EntitiesOf(text).Where(e => e.Label == GraphLabels.Person).ToList();
        var person = Assert.Single(persons, p => p.Name == name);
        Assert.Equal(2, person.Mentions.Count);
        Assert.DoesNotContain(persons, p => p != person && p.Name.Split(' ')[^1].StartsWith(name.Split(' ')[^1][..5], StringComparison.Ordinal));
    }

    [Theory]
    // a foreign surname ending in a consonant, later with a case ending the guesser reads another way
    [InlineData("Об этом сообщил директор Эндрю Мэнсфилд. Министр поздравил Эндрю Мэнсфилда и коллектив.", "Эндрю Мэнсфилд")]
    [InlineData("Об этом сообщил директор Эндрю Мэнсфилд. Министр встретился с Мэнсфилдом вчера.", "Эндрю Мэнсфилд")]
    public void A_consonant_final_surname_in_an_oblique_case_is_the_same_person(string text, string name)
    {
        var person = Assert.Single(Extractors.EntitiesOf(text), e => e.Label == GraphLabels.Person);
        Assert.Equal(name, person.Name);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Theory]
    // one person whose given name the article spells two ways: the spelling written in the nominative wins over one read from an oblique form
    [InlineData("Конкурс пройдет без Раймонда Озолса. Окончательного решения Раймон Озолс пока не принял.", "Раймон Озолс", 2)]
    [InlineData("Окончательного решения Раймон Озолс пока не принял. Конкурс пройдет без Раймонда Озолса.", "Раймон Озолс", 2)]
    [InlineData("Министр встретился с Эдуардом Лефевром. Вчера Эдуар Лефевр сказал, что доволен.", "Эдуар Лефевр", 2)]
    // more mentions read one way still decide
    [InlineData("Без Раймонда Озолса конкурс не пройдет. Жюри ждет Раймонда Озолса. Окончательного решения Раймон Озолс пока не принял.", "Раймонд Озолс", 3)]
    public void A_given_name_written_in_the_nominative_wins_a_tie(string text, string name, int mentions)
    {
        var person = Assert.Single(Extractors.EntitiesOf(text), e => e.Label == GraphLabels.Person);
        Assert.Equal(name, person.Name);
        Assert.Equal(mentions, person.Mentions.Count);
    }

    [Theory]
    [InlineData("Раймон", "Раймонд", true)]
    [InlineData("Бернард", "Бернар", true)]
    [InlineData("Марк", "Маркд", false)] // too short to be sure
    [InlineData("Мария", "Мариял", false)]
    [InlineData("Роман", "Романа", false)] // a case ending, not a spelling
    [InlineData("Виктор", "Виктория", false)]
    public void Spellings_of_one_given_name(string a, string b, bool same) =>
        Assert.Equal(same, KnowledgeGraph.Extraction.Resolution.GroupGivenName.Variants(a, b));

    [Fact]
    public void A_declined_surname_alone_does_not_join_a_woman_of_that_name()
    {
        var entities = Extractors.EntitiesOf(
            "Суд над Виктором Грошевым начался в Нью-Йорке. «Мы ждем решения», — рассказала Алла Грошева. Адвокаты встретились с Грошевым в тюрьме.");
        var alla = Assert.Single(entities, e => e.Label == GraphLabels.Person && e.Name == "Алла Грошева");
        Assert.Single(alla.Mentions);
        var victor = Assert.Single(entities, e => e.Label == GraphLabels.Person && e.Name == "Виктор Грошев");
        Assert.Contains(victor.Mentions, m => m.Text == "Грошевым" && m.Start > 100);
    }

    [Theory]
    [InlineData("Фотограф агентства Джеймс Уилкокс (James Wilcox) был задержан.", "Джеймс Уилкокс", "James Wilcox")]
    [InlineData("Журналист Самир аль-Хадиди (Samir al-Hadidi) вышел на свободу.", "Самир аль-Хадиди", "Samir al-Hadidi")]
    public void A_Latin_spelling_in_brackets_is_an_alias_of_the_person_before_it(string text, string name, string latin)
    {
        var person = Assert.Single(Extractors.EntitiesOf(text), e => e.Label == GraphLabels.Person);
        Assert.Equal(name, person.Name);
        Assert.Contains(latin, person.Aliases);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Theory]
    // a word in «-вич» the dictionary does not know as a patronymic, with no name after it, is the surname
    [InlineData("Министр Виктор Грабович подписал указ.", "Виктор Грабович")]
    [InlineData("Тренер Иван Драгутинович остался доволен.", "Иван Драгутинович")]
    // a patronymic the dictionary knows stays a patronymic, and the surname after it names the person
    [InlineData("Министр Виктор Петрович Грабов подписал указ.", "Виктор Грабов")]
    public void A_surname_in_vich_is_not_read_as_a_patronymic(string text, string name)
    {
        var person = Assert.Single(Extractors.EntitiesOf(text), e => e.Label == GraphLabels.Person);
        Assert.Equal(name, person.Name);
    }

    [Theory]
    // a given name and a patronymic with no surname anywhere in the article name the person together, in the nominative
    [InlineData("Приговор вынесли и другим участникам: Илье Васильевичу дали три года.", "Илья Васильевич")]
    [InlineData("На встрече выступила Анна Сергеевна, директор школы.", "Анна Сергеевна")]
    public void A_given_name_and_a_patronymic_alone_name_the_person(string text, string name)
    {
        var person = Assert.Single(Extractors.EntitiesOf(text), e => e.Label == GraphLabels.Person);
        Assert.Equal(name, person.Name);
    }
}
