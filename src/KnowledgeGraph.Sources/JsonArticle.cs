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
            var text = Field(root, "text") ?? throw new ArticleReadException(path, "the JSON article has no \"text\" field");
            var title = Field(root, "title");
            return new SourceArticle
            {
                Path = path,
                Text = text,
                Title = string.IsNullOrWhiteSpace(title) ? PlainTextArticle.TitleOf(text) : title.Trim(),
                Url = Field(root, "url"),
                Source = Field(root, "source"),
                Published = Field(root, "published"),
            };
        }
    }

    private static string? Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
