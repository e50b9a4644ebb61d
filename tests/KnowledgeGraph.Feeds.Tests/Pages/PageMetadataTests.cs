using AngleSharp.Html.Parser;
using KnowledgeGraph.Feeds.Pages;
using KnowledgeGraph.Feeds.Tests.Support;

namespace KnowledgeGraph.Feeds.Tests.Pages;

public sealed class PageMetadataTests
{
    private static string? Date(string html) => PageMetadata.PublishedDate(new HtmlParser().ParseDocument(html));

    [Fact]
    public void Open_graph_published_time_first()
    {
        var html = Site.Article("Т", Site.Stories[0], publishedMeta: "2026-05-04T09:00:00+03:00", jsonLdDate: "2025-01-01T00:00:00Z", timeDate: "2024-01-01");
        Assert.Equal("2026-05-04T09:00:00+03:00", Date(html));
    }

    [Fact]
    public void Json_ld_date_published_then_the_time_element()
    {
        Assert.Equal("2026-03-08T14:30:00+06:00", Date(Site.Article("Т", Site.Stories[0], jsonLdDate: "2026-03-08T14:30:00+06:00", timeDate: "2024-01-01")));
        Assert.Equal("2026-02-01T00:00:00+00:00", Date(Site.Article("Т", Site.Stories[0], timeDate: "2026-02-01")));
        Assert.Null(Date(Site.Article("Т", Site.Stories[0])));
    }

    [Fact]
    public void Json_ld_inside_a_graph_and_broken_blocks_are_handled()
    {
        var html = """
            <html><head>
            <script type="application/ld+json">{ broken</script>
            <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2026-01-15T08:00:00-05:00"}]}</script>
            </head><body></body></html>
            """;
        Assert.Equal("2026-01-15T08:00:00-05:00", Date(html));
    }

    [Theory]
    [InlineData("Mon, 04 May 2026 09:00:00 GMT", "2026-05-04T09:00:00+00:00")]
    [InlineData("2026-05-04", "2026-05-04T00:00:00+00:00")]
    [InlineData("вчера", null)]
    [InlineData("", null)]
    public void Dates_are_normalised_to_iso_8601_with_offset(string raw, string? expected) =>
        Assert.Equal(expected, PublishedDates.Normalize(raw));
}
