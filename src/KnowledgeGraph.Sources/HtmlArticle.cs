using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sources;

/// <summary>
/// An HTML article: the title from &lt;title&gt; or the first heading, the text from the body,
/// block elements separated by blank lines. Offsets refer to the extracted text.
/// </summary>
internal static class HtmlArticle
{
    public static SourceArticle Parse(string path, string html)
    {
        if (HtmlNesting.Depth(html, HtmlNesting.MaxDepth) > HtmlNesting.MaxDepth)
        {
            throw new ArticleReadException(path, $"HTML nested deeper than {HtmlNesting.MaxDepth} elements (unclosed tags?): refused");
        }

        var (title, text) = HtmlText.Extract(html);
        return new SourceArticle
        {
            Path = path,
            Title = string.IsNullOrWhiteSpace(title) ? PlainTextArticle.TitleOf(text) : title,
            Text = text,
        };
    }
}
