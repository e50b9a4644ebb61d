using System.Text;
using KnowledgeGraph.Feeds.Parsing;
using KnowledgeGraph.Feeds.Tests.Support;

namespace KnowledgeGraph.Feeds.Tests.Parsing;

public sealed class FeedParserTests
{
    private static readonly Uri FeedUri = new("http://127.0.0.1:8080/section/rss.xml");

    private static ParsedFeed Parse(string body) => FeedParser.Parse(Encoding.UTF8.GetBytes(body), FeedUri);

    [Fact]
    public void Rss_items_oldest_first_with_dates_keeping_their_offset_and_relative_links_resolved()
    {
        var feed = Parse(Site.Rss("Вестник",
            ("g2", "/news/2", "Вторая", "Tue, 05 May 2026 08:00:00 +0500"),
            ("g1", "http://127.0.0.1:8080/news/1", "Первая", "Mon, 04 May 2026 09:15:00 GMT")));

        Assert.Equal(("rss", "Вестник"), (feed.Format, feed.Title));
        Assert.Equal(["g1", "g2"], feed.Items.Select(i => i.Id));
        Assert.Equal("2026-05-04T09:15:00+00:00", feed.Items[0].Published);
        Assert.Equal("2026-05-05T08:00:00+05:00", feed.Items[1].Published);
        Assert.Equal(new Uri("http://127.0.0.1:8080/news/2"), feed.Items[1].Link);
        Assert.Equal("Вторая", feed.Items[1].Title);
    }

    [Fact]
    public void An_rss_item_without_guid_is_known_by_its_link()
    {
        var feed = Parse("""<rss version="2.0"><channel><title>T</title><item><title>Без guid</title><link>http://127.0.0.1/a</link></item></channel></rss>""");
        var item = Assert.Single(feed.Items);
        Assert.Equal(("http://127.0.0.1/a", null, null), (item.Id, item.Guid, item.Published));
    }

    [Fact]
    public void Atom_entries_are_read()
    {
        var feed = Parse(Site.Atom("Лента", ("urn:x:1", "http://127.0.0.1/p/1", "Запись", "2026-05-04T10:00:00+03:00")));
        var item = Assert.Single(feed.Items);
        Assert.Equal(("atom", "urn:x:1", "2026-05-04T10:00:00+03:00"), (feed.Format, item.Id, item.Published));
        Assert.Equal(new Uri("http://127.0.0.1/p/1"), item.Link);
    }

    [Fact]
    public void Json_feed_items_are_read_with_numbers_as_ids_and_external_urls()
    {
        var feed = Parse("""
            {"version": "https://jsonfeed.org/version/1.1", "title": "Джейсон",
             "items": [
               {"id": 7, "url": "/p/7", "title": "Семь", "date_published": "2026-05-04T12:00:00+06:00"},
               {"id": "b", "external_url": "http://127.0.0.1/ext", "content_text": "..."},
               {"title": "без id и ссылки"}
             ]}
            """);
        Assert.Equal(("json", "Джейсон"), (feed.Format, feed.Title));
        Assert.Equal(["7", "b"], feed.Items.Select(i => i.Id));
        Assert.Equal("2026-05-04T12:00:00+06:00", feed.Items[0].Published);
        Assert.Equal(new Uri("http://127.0.0.1:8080/p/7"), feed.Items[0].Link);
        Assert.Equal(new Uri("http://127.0.0.1/ext"), feed.Items[1].Link);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><title>x</title><item></channel></rss>", "malformed XML at line 1")]
    [InlineData("<html><body>not a feed</body></html>", "not a feed: the document starts with <html>")]
    [InlineData("<!DOCTYPE rss [<!ENTITY x \"y\">]><rss version=\"2.0\"/>", "malformed XML: For security reasons DTD is prohibited")]
    [InlineData("{\"title\": \"no version\"}", "not a JSON Feed")]
    [InlineData("{\"version\": ", "malformed JSON at line 1")]
    public void Anything_else_is_refused_with_one_line(string body, string start)
    {
        var ex = Assert.Throws<FeedFormatException>(() => Parse(body));
        Assert.StartsWith(start, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ex.Message, StringComparison.Ordinal);
    }
}
