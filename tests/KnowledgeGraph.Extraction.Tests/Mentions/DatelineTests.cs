using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Mentions;

public class DatelineTests
{
    [Theory]
    [InlineData("МОСКВА. ИНТЕРФАКС - Совещание прошло утром.", "Интерфакс", "Москва", "City")]
    [InlineData("ВАШИНГТОН. КАЗИНФОРМ - Делегация прибыла.", "Казинформ", "Вашингтон", "City")]
    [InlineData("НУР-СУЛТАН, 5 мая. КАЗИНФОРМ - Сессия открылась.", "Казинформ", "Астана", "City")]
    [InlineData("АЛМАТЫ. КАЗИНФОРМ - Начался форум.", "Казинформ", "Алматы", "City")]
    public void Dateline_gives_source_and_place(string line, string agency, string place, string label)
    {
        var article = Extractors.Article("Заголовок новости\n\n" + line);
        var analysis = Extractors.Default.Analyse(article);
        Assert.Equal(agency, analysis.SourceAgency?.Name);
        Assert.Equal(GraphLabels.Organization, analysis.SourceAgency?.Label);
        Assert.Equal(place, analysis.DatelinePlace?.Name);
        Assert.Equal(label, analysis.DatelinePlace?.Label);
        var doc = Extractors.Default.Extract(article);
        Assert.Equal(agency, doc.Article.Source);
        Assert.Equal(place, doc.Article.Place);
    }

    [Fact]
    public void No_dateline_keeps_the_given_source()
    {
        var article = new SourceArticle { Path = "x.txt", Title = "Заголовок", Text = "Заголовок\n\nОбычный текст без шапки.", Source = "Газета" };
        var doc = Extractors.Default.Extract(article);
        Assert.Equal("Газета", doc.Article.Source);
        Assert.Null(doc.Article.Place);
    }
}
