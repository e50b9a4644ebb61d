using System.Text;

namespace KnowledgeGraph.Sources.Tests;

/// <summary>A JSON article whose strings hold a lone surrogate escape is refused with a reason, never an internal error.</summary>
public class JsonSurrogateTests
{
    [Theory]
    [InlineData("{\"text\": \"Министр \\ud800 прибыл.\"}", "text")]
    [InlineData("{\"text\": \"Министр прибыл.\", \"title\": \"\\udc00\"}", "title")]
    [InlineData("{\"text\": \"конец \\ud83d\"}", "text")]
    public void A_lone_surrogate_is_refused_naming_the_field(string json, string field)
    {
        var ex = Assert.Throws<ArticleReadException>(() => ArticleReader.Parse("a.json", Encoding.UTF8.GetBytes(json)));
        Assert.Contains("lone surrogate", ex.Reason, StringComparison.Ordinal);
        Assert.Contains($"\"{field}\"", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_surrogate_pair_is_a_character()
    {
        var article = ArticleReader.Parse("a.json", Encoding.UTF8.GetBytes("{\"text\": \"Министр \\ud83d\\ude00 прибыл.\"}"));
        Assert.Contains("\U0001F600", article.Text, StringComparison.Ordinal);
    }
}
