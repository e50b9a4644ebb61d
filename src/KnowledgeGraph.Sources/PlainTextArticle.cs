using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sources;

/// <summary>A plain-text article: the whole file is the text, its first non-empty line the title.</summary>
internal static class PlainTextArticle
{
    public static SourceArticle Parse(string path, string text)
    {
        // A BOM decoded as U+FEFF is not part of the article.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return new SourceArticle { Path = path, Title = TitleOf(text), Text = text };
    }

    public static string TitleOf(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (!trimmed.IsEmpty)
            {
                return trimmed.ToString();
            }
        }

        return string.Empty;
    }
}
