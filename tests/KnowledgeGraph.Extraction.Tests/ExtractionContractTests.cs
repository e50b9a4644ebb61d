using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests;

public class ExtractionContractTests
{
    private const string Sample =
        "Министр Иван Сидоренков прибыл в Караганду\n\nКАРАГАНДА. КАЗИНФОРМ - Министр иностранных дел Иван Сидоренков встретился с послом Франции Ж.Дюбуа в Караганде.\n" +
        "Сидоренков и Ж.Дюбуа обсудили работу ООН и Министерства иностранных дел Казахстана.";

    [Fact]
    public void Extract_passes_the_validator_and_mentions_every_entity()
    {
        var article = Extractors.Article(Sample);
        var doc = Extractors.Default.Extract(article);
        Assert.Empty(GraphValidator.Check(doc, article.Text));
        Assert.Equal(doc.Entities.Count, doc.Relationships.Count(r => r.Type == RelationshipTypes.Mentions));
        Assert.All(doc.Entities, e => Assert.All(e.Mentions, m => Assert.Equal(article.Text[m.Start..m.End], m.Text)));
        Assert.Equal("Казинформ", doc.Article.Source);
        Assert.Equal("Караганда", doc.Article.Place);
    }

    [SharedFact]
    public void Seed_article_mentions_are_slices_of_the_original()
    {
        var path = Path.Combine(RepoPaths.Shared!, "seed-articles", "kazykhan-washington.txt");
        var article = Extractors.Article(File.ReadAllText(path), path);
        var doc = Extractors.Default.Extract(article);
        Assert.Empty(GraphValidator.Check(doc, article.Text));
        Assert.Contains(doc.Entities, e => e.Label == GraphLabels.Person);
    }
}
