using System.Net;
using AngleSharp.Html.Dom;
using KnowledgeGraph.Sources;
using SmartReader;

namespace KnowledgeGraph.Feeds.Pages;

/// <summary>
/// The article's own text on a page, without navigation, banners and the like: the element the
/// feed's selector names, else what SmartReader (Mozilla Readability's method) finds, else the
/// page's article or main element, else all its readable text. The result is laid out as for
/// HTML files (<see cref="HtmlText"/>), headed by the page's first heading.
/// </summary>
public static class MainText
{
    /// <summary>Extracts from <paramref name="document"/> (parsed from <paramref name="html"/>; SmartReader rewrites it).</summary>
    public static (string Title, string Text) Extract(IHtmlDocument document, string html, Uri uri, string? selector)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(uri);
        var heading = document.QuerySelector("h1")?.TextContent.Trim();
        var title = string.IsNullOrWhiteSpace(heading) ? document.Title ?? string.Empty : heading;
        if (!string.IsNullOrWhiteSpace(selector))
        {
            var element = document.QuerySelector(selector)
                ?? throw new PageException($"the selector '{selector}' matches nothing on the page");
            return HtmlText.Extract(Wrap(title, element.OuterHtml));
        }

        // Short news items are common: below Readability's thresholds its best candidate is still the body.
        var article = new Reader(uri.AbsoluteUri, document) { CharThreshold = 200 }.GetArticle();
        if (!string.IsNullOrWhiteSpace(article.TextContent))
        {
            return HtmlText.Extract(Wrap(title, article.Content));
        }

        var fallback = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var body = fallback.QuerySelector("article") ?? fallback.QuerySelector("main");
        return HtmlText.Extract(body is null ? html : Wrap(title, body.OuterHtml));
    }

    private static string Wrap(string title, string bodyHtml) =>
        $"<html><head><title>{WebUtility.HtmlEncode(title)}</title></head><body>{bodyHtml}</body></html>";
}
