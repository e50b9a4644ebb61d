namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>Meetings: one row per construction of MeetingRule. Invented people, real states.</summary>
public class MeetingRuleTests
{
    [Theory]
    // a preposition before the chunk governs the place, not the person heading it
    [InlineData("Посол [Country:Италии|Италия] в [Country:Чили] [Person:Марко Бьянки] встретился с [Person:Хуаном Пересом|Хуан Перес].",
        "HOLDS_POSITION Марко Бьянки -> Италия", "MET_WITH Марко Бьянки -> Хуан Перес")]
    // the antecedents of «которые», coordinated across a title
    [InlineData("Сегодня [Person:Анна Ветрова] и министр финансов [Country:Перу] [Person:Хуан Перес], которые впервые встречаются в [City:Лиме|Лима], обсудят торговлю.",
        "HOLDS_POSITION Хуан Перес -> Перу", "MET_WITH Анна Ветрова -> Хуан Перес")]
    // «встреча между А и Б»
    [InlineData("Вопрос поднимался во время встречи между президентом [Country:Чили] [Person:Хуаном Пересом|Хуан Перес] и премьер-министром [Country:Перу] [Person:Луисом Гомесом|Луис Гомес].",
        "HOLDS_POSITION Луис Гомес -> Перу", "HOLDS_POSITION Хуан Перес -> Чили", "MET_WITH Луис Гомес -> Хуан Перес")]
    public void Meeting_gives_exactly_these_relationships(string marked, params string[] expected)
        => Assert.Equal(expected.Order(StringComparer.Ordinal).ToArray(), MarkedText.Relations(marked));
}
