using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Mentions;

/// <summary>A day and month written without a year take the year of the article's publication date.</summary>
public sealed class EventDateYearTests
{
    private const string Text = "Заголовок\n\nОфициальный визит в Омск состоится 12 мая.";

    private static object? DateOf(string? published)
    {
        var article = new SourceArticle { Path = "t.txt", Title = "Заголовок", Text = Text, Published = published };
        return Extractors.Default.Analyse(article).Entities.WithMention("Официальный визит")!.Properties["date"];
    }

    [Theory]
    [InlineData("2026-05-04T09:00:00+03:00", "2026-05-12")]
    [InlineData("2025-12-30", "2025-05-12")]
    [InlineData(null, "--05-12")]
    [InlineData("вчера", "--05-12")]
    public void The_article_year_completes_a_date_without_one(string? published, string expected) =>
        Assert.Equal(expected, DateOf(published));

    [Fact]
    public void A_written_year_wins_over_the_article_year()
    {
        var article = new SourceArticle { Path = "t.txt", Title = "З", Text = "Заголовок\n\nОфициальный визит в Омск состоится 12 мая 2023 года.", Published = "2026-01-01T00:00:00+00:00" };
        Assert.Equal("2023-05-12", Extractors.Default.Analyse(article).Entities.WithMention("Официальный визит")!.Properties["date"]);
    }
}
