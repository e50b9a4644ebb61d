using AngleSharp.Html.Parser;
using KnowledgeGraph.Feeds.Http;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Feeds.Pages;

/// <summary>
/// A fetched page as an article: decoded, its publication date read from the metadata (before
/// the main-text extraction rewrites the document), its main text extracted. The article's key is
/// that of its text, as for files, so the same text from two feeds or the inbox is one article.
/// </summary>
public static class PageArticle
{
    public static SourceArticle From(FetchResponse page, string? selector, string? feedTitle = null, string? feedPublished = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var html = PageDecoder.Decode(page.Body, page.Charset);
        var document = new HtmlParser().ParseDocument(html);
        var published = feedPublished ?? PageMetadata.PublishedDate(document);
        var (title, text) = MainText.Extract(document, html, page.FinalUri, selector);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new PageException("no article text on the page");
        }

        return new SourceArticle
        {
            Path = page.FinalUri.AbsoluteUri,
            Url = page.FinalUri.AbsoluteUri,
            Title = string.IsNullOrWhiteSpace(title) ? feedTitle ?? page.FinalUri.AbsoluteUri : title,
            Text = text,
            Published = published,
            Source = source,
        };
    }
}
