using System.Text.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Sources;

/// <summary>A JSON article: <c>{"title", "text", "url", "source", "published"}</c>; text is required.</summary>
internal static class JsonArticle
{
    public static SourceArticle Parse(string path, string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new ArticleReadException(path, $"invalid JSON at line {ex.LineNumber + 1}: {ex.Message.Split('.')[0]}", ex);
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ArticleReadException(path, "a JSON article must be an object with a \"text\" field");
            }

            var root = doc.RootElement;
            var text = Field(path, root, "text") ?? throw new ArticleReadException(path, "the JSON article has no \"text\" field");
            var title = Field(path, root, "title");
            return new SourceArticle
            {
                Path = path,
                Text = text,
                Title = string.IsNullOrWhiteSpace(title) ? PlainTextArticle.TitleOf(text) : title.Trim(),
                Url = Field(path, root, "url"),
                Source = Field(path, root, "source"),
                Published = Field(path, root, "published"),
            };
        }
    }

    private static string? Field(string path, JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        string value;
        try
        {
            value = v.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            // "\ud800" alone: an escape that is not a character; no text could hold it.
            throw new ArticleReadException(path, $"invalid JSON: \"{name}\" holds a lone surrogate escape (\\uD800-\\uDFFF without its pair)", ex);
        }

        return LoneSurrogate(value) is { } at
            ? throw new ArticleReadException(path, $"invalid JSON: \"{name}\" holds a lone surrogate at character {at}")
            : value;
    }

    private static int? LoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return i;
            }
        }

        return null;
    }
}
