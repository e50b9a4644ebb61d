namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>Constructions seen in new articles, each written with other invented people and real states.</summary>
public class GeneralisationTests
{
    [Theory]
    // the source attribution after a comma is never a meeting partner
    [InlineData("[Person:Анна Ветрова] провела переговоры с [Person:Олегом Зиминым|Олег Зимин], сообщает [Organization:пресс-служба правительства].",
        "MET_WITH Анна Ветрова -> Олег Зимин")]
    [InlineData("[Person:Борис Каменев] встретился с [Person:Жаном Мореном|Жан Морен], передает [Organization:ТАСС].",
        "MET_WITH Борис Каменев -> Жан Морен")]
    [InlineData("[Person:Борис Каменев] встретился с [Person:Жаном Мореном|Жан Морен], пишут [Organization:Известия].",
        "MET_WITH Борис Каменев -> Жан Морен")]
    [InlineData("[Person:Мария Орлова] встретилась с [Person:Тимо Лахти], сообщили в [Organization:пресс-службе посольства|пресс-служба посольства].",
        "MET_WITH Мария Орлова -> Тимо Лахти")]
    public void Attribution_is_not_a_partner(string marked, params string[] expected)
        => Assert.Equal(expected.Order(StringComparer.Ordinal).ToArray(), MarkedText.Relations(marked));
}
