using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KnowledgeGraph.Sources;

/// <summary>
/// Extracts readable text from HTML with AngleSharp: scripts, styles and navigation dropped,
/// white space inside a block folded, blocks separated by a blank line.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "svg", "head",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "td", "th", "br", "hr", "figure", "figcaption", "dd", "dt", "dl",
    };

    public static (string Title, string Text) Extract(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var title = Fold(doc.Title ?? string.Empty);
        var sb = new StringBuilder(html.Length / 2);
        if (doc.Body is { } body)
        {
            Walk(body, sb);
        }

        var text = sb.ToString().Trim();
        var h1 = doc.QuerySelector("h1")?.TextContent is { } h ? Fold(h) : string.Empty;
        if (h1.Length > 0)
        {
            title = h1;
        }

        if (title.Length > 0 && !text.StartsWith(title, StringComparison.Ordinal))
        {
            text = title + "\n\n" + text;
        }

        return (title, text);
    }

    private static void Walk(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    AppendFolded(sb, t.Data);
                    break;
                case IElement e when Skipped.Contains(e.LocalName):
                    break;
                case IElement e:
                    var block = Blocks.Contains(e.LocalName);
                    if (block)
                    {
                        Break(sb);
                    }

                    Walk(e, sb);
                    if (block)
                    {
                        Break(sb);
                    }

                    break;
            }
        }
    }

    private static void Break(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }

        if (sb.Length > 0 && !EndsWithBlankLine(sb))
        {
            sb.Append(sb[^1] == '\n' ? "\n" : "\n\n");
        }
    }

    private static bool EndsWithBlankLine(StringBuilder sb) => sb.Length >= 2 && sb[^1] == '\n' && sb[^2] == '\n';

    private static void AppendFolded(StringBuilder sb, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ' && sb[^1] != '\n')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    private static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        AppendFolded(sb, s);
        return sb.ToString().Trim();
    }
}
