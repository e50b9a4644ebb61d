using KnowledgeGraph.Extraction.Relations;

namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>
/// MET_WITH goes from the subject of the sentence that states it, whatever the shape; a pair met again
/// in a later sentence keeps the first direction and gains evidence. Checked without the symmetric
/// sorting of <see cref="MarkedText.Describe"/>.
/// </summary>
public class DirectionTests
{
    [Theory]
    [InlineData("[Person:Анна Ветрова] встретилась с [Person:Олегом Зиминым|Олег Зимин].", "Анна Ветрова -> Олег Зимин")]
    [InlineData("[Person:Олег Зимин] встретился с [Person:Анной Ветровой|Анна Ветрова].", "Олег Зимин -> Анна Ветрова")]
    [InlineData("С [Person:Анной Ветровой|Анна Ветрова] встретился [Person:Олег Зимин].", "Олег Зимин -> Анна Ветрова")]
    [InlineData("Вчера с [Person:Олегом Зиминым|Олег Зимин] встретилась [Person:Анна Ветрова].", "Анна Ветрова -> Олег Зимин")]
    [InlineData("[Person:Олег Зимин] провел переговоры с [Person:Анной Ветровой|Анна Ветрова].", "Олег Зимин -> Анна Ветрова")]
    [InlineData("В ходе встречи [Person:Олега Зимина|Олег Зимин] с [Person:Анной Ветровой|Анна Ветрова] обсуждалась торговля.", "Олег Зимин -> Анна Ветрова")]
    [InlineData("[Person:Олег Зимин] и [Person:Анна Ветрова] встретились в среду.", "Олег Зимин -> Анна Ветрова")]
    [InlineData("[Person:Анна Ветрова] и [Person:Олег Зимин] встретились в среду.", "Анна Ветрова -> Олег Зимин")]
    [InlineData("[Person:Олег Зимин] встретился с [Person:Анной Ветровой|Анна Ветрова]. Позже [Person:Анна Ветрова] встретилась с [Person:Олегом Зиминым|Олег Зимин].",
        "Олег Зимин -> Анна Ветрова")]
    public void Met_with_goes_from_the_subject(string marked, string expected)
    {
        var doc = MarkedText.Parse(marked);
        var names = doc.Entities.ToDictionary(e => e.Key, e => e.Name);
        var met = new DefaultRelationStage().Extract(doc).Where(r => r.Type == "MET_WITH").ToList();
        var r = Assert.Single(met);
        Assert.Equal(expected, $"{names[r.Start]} -> {names[r.End]}");
    }
}
