namespace KnowledgeGraph.Sources;

/// <summary>
/// A linear pre-pass over HTML before it is parsed: the depth of element nesting, counted as an
/// HTML parser would leave it (void elements and elements closed by their next sibling, like
/// &lt;p&gt; and &lt;li&gt;, do not nest). Real pages stay well under a hundred levels; a page of
/// thousands of unclosed &lt;div&gt; makes tree building quadratic, so it is refused before.
/// </summary>
public static class HtmlNesting
{
    /// <summary>The deepest nesting accepted.</summary>
    public const int MaxDepth = 1000;

    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",

        // closed implicitly by the next sibling or by their parent's end
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rtc", "rp", "html", "head", "body",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "plaintext", "noembed", "noframes", "iframe"];

    /// <summary>The greatest nesting depth reached in <paramref name="html"/>, stopping early past <paramref name="limit"/>.</summary>
    public static int Depth(string html, int limit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(html);
        int depth = 0, max = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && max <= limit)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = Skip(html, i + 4, "-->");
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-'))
            {
                end++;
            }

            if (end == start || !char.IsAsciiLetter(html[start]))
            {
                i = start; // "<" not starting a tag, "<!DOCTYPE", "<?xml"
                continue;
            }

            var name = html[start..end];
            i = Skip(html, end, ">");
            if (NotNesting.Contains(name))
            {
                continue;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            max = Math.Max(max, ++depth);
            if (RawText.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                // Their content is text, not tags, up to their own end tag.
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
        }

        return max;
    }

    private static int Skip(string html, int from, string terminator)
    {
        var at = html.IndexOf(terminator, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + terminator.Length;
    }
}
