using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Mentions;

/// <summary>
/// Labels given only after the shapes where two kinds of names coincide are ruled out: quoted and
/// Latin names by the noun that governs them, surnames and towns, region adjectives, republics,
/// Latin capitals.
/// </summary>
public class LabelGuardTests
{
    [Theory]
    [InlineData("Болельщики «Ротора» собрались у стадиона.", "Ротора")]
    [InlineData("В интервью «Вечерней почте» он все объяснил.", "Вечерней почте")]
    [InlineData("Как пишет «Северный курьер», решение принято.", "Северный курьер")]
    [InlineData("Патентное ведомство (USPTO) выдало патент.", "USPTO")]
    [InlineData("Лекция прошла в Институте языков (INALCO) в Париже.", "INALCO")]
    public void A_governing_noun_or_verb_makes_a_quoted_name_a_body(string sentence, string surface) =>
        Extractors.Expect(sentence, surface, GraphLabels.Organization);

    [Theory]
    [InlineData("Шаттл «Орион-7» завершил полет.", "Орион-7")]
    [InlineData("Новый автомобиль «Вектор» показали в Турине.", "Вектор")]
    [InlineData("Вышла аркада Flying Pigs для телефонов.", "Flying Pigs")]
    [InlineData("Канал показал сериал Silver Lake в пятницу.", "Silver Lake")]
    [InlineData("Девиз турнира GENS UNA SUMUS знают все.", "GENS")]
    [InlineData("Время указано по UTC.", "UTC")]
    [InlineData("На табло горела надпись BREAKING.", "BREAKING")]
    [InlineData("Читайте колонку «Лето кончается» в пятницу.", "Лето кончается")]
    [InlineData("Регистрация имени «столица.рф» закрыта.", "столица.рф")]
    public void Things_and_mottos_are_not_bodies(string sentence, string surface) =>
        Assert.DoesNotContain(Extractors.EntitiesOf(sentence), e => e.Label == GraphLabels.Organization && e.Mentions.Any(m => m.Text.Contains(surface, StringComparison.Ordinal)));

    [Theory]
    [InlineData("Роман «Тихая заводь» вышел в 1999 году.", "Тихая заводь")]
    [InlineData("Телеканал показал фильм «Долгая дорога».", "Долгая дорога")]
    [InlineData("Группа исполнила песню «Белый ветер».", "Белый ветер")]
    [InlineData("Театр поставил пьесу «Зимний сад».", "Зимний сад")]
    public void A_work_noun_makes_a_quoted_name_a_work(string sentence, string surface) =>
        Extractors.Expect(sentence, surface, GraphLabels.Work);

    [Theory]
    [InlineData("Шмелёва заявила, что поддерживает проект.", "Шмелёва")]
    [InlineData("Иванова выступила на заседании.", "Иванова")]
    public void A_womans_surname_is_not_the_town_in_o(string sentence, string surface) =>
        Assert.DoesNotContain(Extractors.EntitiesOf(sentence), e => e.Label == GraphLabels.City && e.Mentions.Any(m => m.Text == surface));

    [Theory]
    [InlineData("Делегация приехала из Иванова вчера.", "Иванова", "Иваново")]
    [InlineData("Форум прошел в Нур-Султане.", "Нур-Султане", "Астана")]
    [InlineData("Жители Алма-Аты вышли на субботник.", "Алма-Аты", "Алматы")]
    public void Towns_keep_their_current_names(string sentence, string surface, string name)
    {
        var city = Extractors.Expect(sentence, surface, GraphLabels.City);
        Assert.Equal(name, city.Name);
    }

    [Theory]
    [InlineData("Жители Чечено-Ингушской АССР вернулись домой.", "Чечено-Ингушской АССР", "Чечено-Ингушская АССР")]
    [InlineData("Губернатор Тверской области прибыл на место.", "Тверской области", "Тверская область")]
    [InlineData("Выборы прошли в Ямальском автономном округе.", "Ямальском автономном округе", "Ямальский автономный округ")]
    public void Region_adjectives_before_a_descriptor_are_places(string sentence, string surface, string name)
    {
        var entities = Extractors.EntitiesOf(sentence);
        var place = Extractors.Expect(sentence, surface, GraphLabels.Location);
        Assert.Equal(name, place.Name);
        Assert.DoesNotContain(entities, e => e.Label == GraphLabels.Person);
    }

    [Theory]
    [InlineData("Представители ДНР прибыли в Минск.", "ДНР", "Донецкая Народная Республика")]
    [InlineData("Глава ЛНР выступил с заявлением.", "ЛНР", "Луганская Народная Республика")]
    [InlineData("Власти ПМР закрыли границу.", "ПМР", "Приднестровье")]
    public void Self_proclaimed_republics_are_places(string sentence, string surface, string name)
    {
        var place = Extractors.Expect(sentence, surface, GraphLabels.Location);
        Assert.Equal(name, place.Name);
    }

    [Theory]
    [InlineData("Сергей Королев руководил работами.", "Сергей Королев")]
    [InlineData("Вчера Иван Пушкин выступил в клубе.", "Иван Пушкин")]
    public void A_town_shaped_word_after_a_given_name_is_a_person(string sentence, string surface) =>
        Extractors.Expect(sentence, surface, GraphLabels.Person);

    [Theory]
    // a short name in quotes is a theatre's, a team's, a prize's or a work's, even when its words read as a given name and a surname
    [InlineData("Театр «Самал Опера» показал премьеру в Анкаре.", "Самал Опера")]
    [InlineData("Гонщик команды «Самал Арман» выиграл этап.", "Самал Арман")]
    [InlineData("Роман вошел в список премии «Золотая Поляна» в этом году.", "Золотая Поляна")]
    [InlineData("Бригада шахты «Марина Глубокая» перевыполнила план.", "Марина Глубокая")]
    public void A_short_quoted_name_is_not_a_person(string sentence, string surface) =>
        Assert.DoesNotContain(Extractors.EntitiesOf(sentence), e => e.Label == GraphLabels.Person && e.Mentions.Any(m => m.Text.Contains(surface, StringComparison.Ordinal)));

    [Theory]
    // a title that is also a given name, before a region's adjective, is the position of the person after it
    [InlineData("Аким Жетысуской области Асылбек Рахимжанов провел совещание.", "Асылбек Рахимжанов")]
    [InlineData("Вчера аким Туркестанской области Нурлан Сапаргалиев открыл школу.", "Нурлан Сапаргалиев")]
    public void A_title_before_a_region_is_not_a_given_name(string sentence, string name)
    {
        var persons = Extractors.EntitiesOf(sentence).Where(e => e.Label == GraphLabels.Person).ToList();
        var person = Assert.Single(persons);
        Assert.Equal(name, person.Name);
    }
}
