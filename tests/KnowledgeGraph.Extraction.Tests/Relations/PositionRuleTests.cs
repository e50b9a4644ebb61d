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
    public void Title_gives_exactly_these_relationships(string marked, params string[] expected)
        => Assert.Equal(expected.Order(StringComparer.Ordinal).ToArray(), MarkedText.Relations(marked));
}
