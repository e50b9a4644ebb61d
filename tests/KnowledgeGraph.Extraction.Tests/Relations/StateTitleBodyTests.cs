namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>
/// A bare state title before a name («Президент Том Райт») is held in the country an adjective of its sentence
/// names, else in the country the document mentions most. Invented people.
/// </summary>
public class StateTitleBodyTests
{
    private const string AboutCuba = "Власти [Country:Кубы|Куба] ответили отказом. [Country:Куба] ждет ответа. Связи с [Country:США] растут. ";

    [Theory]
    [InlineData(AboutCuba + "Президент [Person:Том Райт] открыл рынок для американских компаний.", "HOLDS_POSITION Том Райт -> США")]
    [InlineData(AboutCuba + "Администрация президента [Person:Тома Райта|Том Райт] открыла рынок для американских компаний.", "HOLDS_POSITION Том Райт -> США")]
    [InlineData(AboutCuba + "Американские компании ждут, что скажет премьер-министр [Person:Том Райт].", "HOLDS_POSITION Том Райт -> США")]
    [InlineData(AboutCuba + "Президент [Person:Том Райт] открыл рынок.", "HOLDS_POSITION Том Райт -> Куба")]
    public void A_bare_state_title_takes_the_country_of_its_sentence_first(string marked, string expected)
        => Assert.Contains(expected, MarkedText.Relations(marked));
}
