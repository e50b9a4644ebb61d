namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>Sentence in, every relationship out: one row per construction. Invented people, real states.</summary>
public class RelationTableTests
{
    [Theory]
    // MET_WITH: verbs in any tense, gender and number; nouns; coordination; titles before names
    [InlineData("[Person:Анна Ветрова] встретилась с [Person:Олегом Зиминым|Олег Зимин].",
        "MET_WITH Анна Ветрова -> Олег Зимин")]
    [InlineData("[Person:Анна Ветрова] встретится с [Person:Олегом Зиминым|Олег Зимин] и [Person:Ириной Лесной|Ирина Лесная].",
        "MET_WITH Анна Ветрова -> Ирина Лесная", "MET_WITH Анна Ветрова -> Олег Зимин")]
    [InlineData("[Person:Борис Каменев] провел переговоры с министром иностранных дел [Country:Франции|Франция] [Person:Жаном Мореном|Жан Морен].",
        "HOLDS_POSITION Жан Морен -> Франция", "MET_WITH Борис Каменев -> Жан Морен")]
    [InlineData("[Person:Борис Каменев] и [Person:Жан Морен] встретились в [City:Париже|Париж].",
        "MET_WITH Борис Каменев -> Жан Морен")]
    [InlineData("В ходе встречи [Person:Бориса Каменева|Борис Каменев] с [Person:Жаном Мореном|Жан Морен] обсуждались вопросы торговли.",
        "MET_WITH Борис Каменев -> Жан Морен")]
    // PRAISED and CRITICIZED: the object is the head of the first phrase after the trigger
    [InlineData("[Person:Ольга Ласточкина] высоко оценила вклад [Person:Петра Дубова|Петр Дубов] в развитие отрасли.",
        "PRAISED Ольга Ласточкина -> Петр Дубов")]
    [InlineData("[Person:Ольга Ласточкина] приветствовала решение Президента [Country:Бразилии|Бразилия] [Person:Карлоса Силвы|Карлос Силва].",
        "HOLDS_POSITION Карлос Силва -> Бразилия", "PRAISED Ольга Ласточкина -> Карлос Силва")]
    [InlineData("[Person:Ольга Ласточкина] поблагодарила [Organization:Красный Крест] и [Organization:ЮНИСЕФ] за помощь.",
        "PRAISED Ольга Ласточкина -> ЮНИСЕФ", "PRAISED Ольга Ласточкина -> Красный Крест")]
    [InlineData("[Organization:Всемирный банк] раскритиковал политику [Country:Аргентины|Аргентина].",
        "CRITICIZED Всемирный банк -> Аргентина")]
    [InlineData("Депутат [Person:Семен Крылов] резко осудил действия [Organization:Министерства транспорта|Министерство транспорта].",
        "CRITICIZED Семен Крылов -> Министерство транспорта")]
    // an inflected name is not a subject: «сотрудники центров Вашингтона отмечали» praises nothing
    [InlineData("Сотрудники исследовательских центров [City:Лиссабона|Лиссабон] высоко оценили роль [Person:Петра Дубова|Петр Дубов].")]
    // VISITED, PARTICIPATED_IN, HELD_IN and the visit event
    [InlineData("[Person:Мария Орлова] посетила [City:Хельсинки] и встретилась с [Person:Тимо Лахти].",
        "MET_WITH Мария Орлова -> Тимо Лахти", "VISITED Мария Орлова -> Хельсинки")]
    [InlineData("[Person:Мария Орлова] прибыла в [Country:Японию|Япония] с официальным визитом.",
        "VISITED Мария Орлова -> Япония")]
    // AGREED_WITH
    [InlineData("[Country:Чили] и [Country:Перу] подписали соглашение о свободной торговле.",
        "AGREED_WITH Перу -> Чили")]
    [InlineData("Достигнута договоренность между [Organization:Газторгом|Газторг] и [Organization:Нефтесбытом|Нефтесбыт].",
        "AGREED_WITH Газторг -> Нефтесбыт")]
    // HOLDS_POSITION: before the name, in apposition; MEMBER_OF with coordination; REPRESENTS
    [InlineData("Губернатор [Location:Томской области|Томская область] [Person:Игорь Седов] открыл мост.",
        "HOLDS_POSITION Игорь Седов -> Томская область")]
    [InlineData("Об этом сообщил [Person:Игорь Седов], генеральный директор компании [Organization:Сибнефтехим].",
        "HOLDS_POSITION Игорь Седов -> Сибнефтехим")]
    [InlineData("Выступили члены [Organization:Европарламента|Европарламент] [Person:Я.Ковальски], [Person:М.Дюпон] и [Person:Л.Шмидтом|Л.Шмидт].",
        "MEMBER_OF Л.Шмидт -> Европарламент", "MEMBER_OF М.Дюпон -> Европарламент", "MEMBER_OF Я.Ковальски -> Европарламент")]
    [InlineData("Официальный представитель [Organization:ООН] [Person:Кира Белова] не ответила.",
        "HOLDS_POSITION Кира Белова -> ООН")]
    [InlineData("Постоянный представитель [Country:Чили] [Person:Кира Белова] не ответила.",
        "REPRESENTS Кира Белова -> Чили")]
    [InlineData("[Person:Вера Лунина] в понедельник заняла пост министра культуры [Country:Армении|Армения].",
        "HOLDS_POSITION Вера Лунина -> Армения")]
    [InlineData("[Person:Вера Лунина] назначена послом [Country:Армении|Армения] в [Country:Чили].",
        "HOLDS_POSITION Вера Лунина -> Армения")]
    [InlineData("Японский премьер [Person:Кэндзи Сато] прилетел в [City:Осаку|Осака], крупнейший город [Country:Японии|Япония].",
        "HOLDS_POSITION Кэндзи Сато -> Япония")]
    // AFFILIATED_WITH and AUTHORED
    [InlineData("Книгу [Work:«Тихие реки»|Тихие реки], авторами которой являются [Person:А.Грин] и [Person:Б.Блэк] ([Organization:Институт истории]), представили в субботу.",
        "AFFILIATED_WITH А.Грин -> Институт истории", "AFFILIATED_WITH Б.Блэк -> Институт истории",
        "AUTHORED А.Грин -> Тихие реки", "AUTHORED Б.Блэк -> Тихие реки")]
    // PART_OF and LOCATED_IN; «Сената» is inflected, so the senate is not who arrived
    [InlineData("Представители [Organization:Сената|Сенат] [Country:Чили] прибыли в [City:Лиму|Лима] ([Country:Перу]).",
        "LOCATED_IN Лима -> Перу", "PART_OF Сенат -> Чили")]
    [InlineData("Выставка прошла в [City:Берлине|Берлин], столице [Country:Германии|Германия].",
        "LOCATED_IN Берлин -> Германия")]
    public void Sentence_gives_exactly_these_relationships(string marked, params string[] expected)
        => Assert.Equal(expected.Order(StringComparer.Ordinal).ToArray(), MarkedText.Relations(marked));
}
