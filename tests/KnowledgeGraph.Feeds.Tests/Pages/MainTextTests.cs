using AngleSharp.Html.Parser;
using KnowledgeGraph.Feeds.Pages;
using KnowledgeGraph.Feeds.Tests.Support;

namespace KnowledgeGraph.Feeds.Tests.Pages;

public sealed class MainTextTests
{
    private static readonly Uri Page = new("http://127.0.0.1/news/1");

    private static (string Title, string Text) Extract(string html, string? selector = null) =>
        MainText.Extract(new HtmlParser().ParseDocument(html), html, Page, selector);

    [Fact]
    public void The_body_is_kept_and_the_cookie_banner_navigation_sidebar_and_footer_dropped()
    {
        var (title, text) = Extract(Site.Article("Встреча в Астане", Site.Stories[0] + " " + Site.Stories[2]));

        Assert.Equal("Встреча в Астане", title);
        Assert.StartsWith("Встреча в Астане\n\nМинистр иностранных дел", text, StringComparison.Ordinal);
        Assert.Contains("Арман Жолдасбеков встретился в Астане с послом Монголии Батбаяром Цэрэндоржем.", text, StringComparison.Ordinal);
        Assert.Contains("Он высоко оценил развитие туризма.", text, StringComparison.Ordinal);
        foreach (var noise in new[] { "cookie", "Принять", "Главная", "Экономика", "Популярное", "Курс тенге", "Все права защищены" })
        {
            Assert.DoesNotContain(noise, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_selector_takes_exactly_that_element()
    {
        var (_, text) = Extract(Site.Article("Выставка", Site.Stories[3]), ".story-body");
        Assert.StartsWith("Выставка", text, StringComparison.Ordinal);
        Assert.Contains("открыла в Бишкеке выставку", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Главная", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_selector_that_matches_nothing_is_a_page_error()
    {
        var ex = Assert.Throws<PageException>(() => Extract(Site.Article("Т", Site.Stories[0]), "#absent"));
        Assert.Equal("the selector '#absent' matches nothing on the page", ex.Message);
    }
}
