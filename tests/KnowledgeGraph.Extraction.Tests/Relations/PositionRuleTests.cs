namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>Titles of people: one row per construction of PositionRule. Invented people, real states.</summary>
public class PositionRuleTests
{
    [Theory]
    // apposition first: in «А - директор X, Б - директор Y» each title stays with the name before it
    [InlineData("Выступят [Person:Анна Ветрова] - директор [Organization:Института моря|Институт моря], [Person:Олег Зимин] - директор [Organization:Музея связи|Музей связи].",
        "HOLDS_POSITION Анна Ветрова -> Институт моря", "HOLDS_POSITION Олег Зимин -> Музей связи")]
    // ... but a name after the title takes it: «А, капитан клуба X Б»
    [InlineData("На поле вышли [Person:Федор Гусев], капитан клуба [Organization:Метеор] [Person:Илья Котов] и другие.",
        "HOLDS_POSITION Илья Котов -> Метеор")]
    // a bracketed abbreviation between the body and the name
    [InlineData("Генеральный секретарь [Organization:Союза рыбаков|Союз рыбаков] ([Organization:СР]) [Person:Иван Петров] выступил в среду.",
        "HOLDS_POSITION Иван Петров -> Союз рыбаков")]
    // a named body of another country is not the title's body: «министр иностранных дел Японии» is not «МИД России»
    [InlineData("Об этом сообщил [Organization:МИД России]. Министр иностранных дел [Country:Японии|Япония] [Person:Кэндзи Сато] выступил в среду.",
        "HOLDS_POSITION Кэндзи Сато -> Япония")]
    // ... but not across a bracketed list of places: «(Германия, США), Б» is another entry; the apposition
    // «А - художница и основатель X» is A's, past the first noun
    [InlineData("Приедут [Person:Анна Ветрова] - художница и основатель агентства [Organization:Кварц] ([Country:Германия], [Country:Австрия]), [Person:Олег Зимин] - скульптор.",
        "HOLDS_POSITION Анна Ветрова -> Кварц")]
    // a nominative title opens a new phrase: the name is the leader's, not the correspondent's
    [InlineData("Об этом в беседе с корреспондентом [Organization:Вечерних вестей|Вечерние вести] сказал лидер движения [Organization:Зеленый путь|Зеленый путь] [Person:Степан Орлов].",
        "HOLDS_POSITION Степан Орлов -> Зеленый путь")]
    // an oblique title continues the phrase: «глава администрации президента»
    [InlineData("Глава администрации президента [Country:Чили] [Person:Хуан Перес] прибыл в среду.",
        "HOLDS_POSITION Хуан Перес -> Чили")]
    // professions and ranks
    [InlineData("Астронавт [Organization:НАСА] [Person:Джон Смит] вернулся на Землю.",
        "HOLDS_POSITION Джон Смит -> НАСА")]
    [InlineData("На церемонии был генерал-майор [Organization:МЧС] [Person:Петр Лосев].",
        "HOLDS_POSITION Петр Лосев -> МЧС")]
    [InlineData("[Person:Инна Кравец], солистка группы [Organization:Рассвет], дала концерт.",
        "HOLDS_POSITION Инна Кравец -> Рассвет")]
    // a bare state office right before the name: the body is the country the document is most about
    [InlineData("Выборы в [Country:Италии|Италия] прошли спокойно. Премьер-министр [Person:Марко Бьянки] поблагодарил избирателей.",
        "HOLDS_POSITION Марко Бьянки -> Италия")]
    // ... not with an adjective («музыкальный король»), nor inside a chain of titles
    [InlineData("Концерты в [Country:Италии|Италия] продолжились. Музыкальный король [Person:Марко Бьянки] выступил в субботу.")]
    [InlineData("Выборы в [Country:Грузии|Грузия] прошли спокойно. Помощник заместителя госсекретаря [Person:Том Райт] поздравил избирателей.")]
    // coordinated titles share the name after them
    [InlineData("Об этом заявил бывший глава компании [Organization:Ростра] и совладелец [Organization:Вектора|Вектор] [Person:Павел Рогов].",
        "HOLDS_POSITION Павел Рогов -> Ростра", "HOLDS_POSITION Павел Рогов -> Вектор")]
    [InlineData("Так сказал лидер партии [Organization:Родной край|Родной край], народный депутат [Country:Украины|Украина] [Person:Тарас Гречко].",
        "HOLDS_POSITION Тарас Гречко -> Родной край", "HOLDS_POSITION Тарас Гречко -> Украина")]
    // «глава государства» is a state office
    [InlineData("Выборы в [Country:Чили] прошли спокойно. Глава государства [Person:Хуан Перес] поблагодарил избирателей.",
        "HOLDS_POSITION Хуан Перес -> Чили")]
    [InlineData("«Мы рады», — заявил [Person:Дин Фостер], глава отдела серверов и сетей [Organization:Тетра].",
        "HOLDS_POSITION Дин Фостер -> Тетра")]
    // a bracketed organisation right after the name
    [InlineData("Службу провел епископ [Person:Феодор Светлов] ([Organization:РПЦ]).",
        "AFFILIATED_WITH Феодор Светлов -> РПЦ", "HOLDS_POSITION Феодор Светлов -> РПЦ")]
    // a bracketed Latin form between the name and the apposition
    [InlineData("Так сказал [Person:Джон Смит] ([Person:John Smith]), директор [Organization:Музея связи|Музей связи].",
        "HOLDS_POSITION Джон Смит -> Музей связи")]
    // the post before the verb, the person after it
    [InlineData("Место спикера [Organization:Сената|Сенат] занял республиканец [Person:Том Райт].",
        "HOLDS_POSITION Том Райт -> Сенат")]
    [InlineData("Выборы в [Country:Перу] прошли спокойно. Президент страны [Person:Луис Гомес] поблагодарил избирателей.",
        "HOLDS_POSITION Луис Гомес -> Перу")]
    public void Title_gives_exactly_these_relationships(string marked, params string[] expected)
        => Assert.Equal(expected.Order(StringComparer.Ordinal).ToArray(), MarkedText.Relations(marked));
}
