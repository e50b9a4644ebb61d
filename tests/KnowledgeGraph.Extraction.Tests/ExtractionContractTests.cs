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

    [Theory]
    [InlineData("Cергей Мaльцев посетил Мoскву.")]                 // Latin look-alikes inside Cyrillic words
    [InlineData("Пётр Семёнов — глава «Нефтемаша» и ООН.")]  // ё, dash, no-break space
    [InlineData("Заголовок\r\nВ Омске\tвстретились А.Ким и Б.Ли.")]
    public void Mention_text_is_always_the_original_slice(string text)
    {
        text = text.Replace("\\r", "\r", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\t", "\t", StringComparison.Ordinal);
        var article = Extractors.Article("Заголовок\n" + text);
        var doc = Extractors.Default.Extract(article);
        Assert.NotEmpty(doc.Entities);
        Assert.Empty(GraphValidator.Check(doc, article.Text));
    }

    [Fact]
    public void Parallel_extraction_gives_the_same_documents()
    {
        var texts = Enumerable.Range(0, 16).Select(i => $"Заголовок {i}\n\nЕржан Тулегенов посетил Омск {i} раз. Министерство торговли США и ООН ответили.").ToList();
        var sequential = texts.Select(t => GraphJson.Serialize(Extractors.Default.Extract(Extractors.Article(t)))).ToList();
        var parallel = texts.AsParallel().AsOrdered().Select(t => GraphJson.Serialize(Extractors.Default.Extract(Extractors.Article(t)))).ToList();
        Assert.Equal(sequential, parallel);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("Только заголовок")]
    [InlineData("«»\n«")]
    public void Degenerate_texts_give_valid_documents(string text)
    {
        var article = new SourceArticle { Path = "x.txt", Title = "x", Text = text };
        var doc = Extractors.Default.Extract(article);
        Assert.Empty(GraphValidator.Check(doc, article.Text));
    }
}
