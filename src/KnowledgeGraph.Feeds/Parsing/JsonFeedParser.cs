using System.Text.Json;
using KnowledgeGraph.Feeds.Pages;

namespace KnowledgeGraph.Feeds.Parsing;

/// <summary>
/// JSON Feed 1.0 and 1.1 (<c>version</c> names jsonfeed.org): items with <c>id</c> (required),
/// <c>url</c> (else <c>external_url</c>), <c>title</c> and <c>date_published</c> (RFC 3339).
/// System.ServiceModel.Syndication reads only XML feeds, so this small reader is ours.
/// </summary>
public static class JsonFeedParser
{
    public static ParsedFeed Parse(byte[] body, Uri feedUri)
    {
        ArgumentNullException.ThrowIfNull(feedUri);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new FeedFormatException($"malformed JSON at line {ex.LineNumber + 1}: {ex.Message.Split('.')[0]}", ex);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "version") is not { } version
                || !version.Contains("jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase))
            {
                throw new FeedFormatException("not a JSON Feed: no \"version\" naming jsonfeed.org");
            }

            var items = new List<FeedItem>();
            if (root.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray())
                {
                    if (ToItem(item, feedUri) is { } parsed)
                    {
                        items.Add(parsed);
                    }
                }
            }

            return new ParsedFeed("json", Text(root, "title"), FeedParser.Chronological(items));
        }
    }

    private static FeedItem? ToItem(JsonElement item, Uri feedUri)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        // JSON Feed allows a number as id; it is compared as text.
        var id = item.TryGetProperty("id", out var idValue) && idValue.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? idValue.ToString().Trim()
            : null;
        var url = Text(item, "url") ?? Text(item, "external_url");
        var link = url is not null && Uri.TryCreate(feedUri, url, out var u) ? u : null;
        var key = string.IsNullOrEmpty(id) ? link?.AbsoluteUri : id;
        return key is null ? null : new FeedItem(key, string.IsNullOrEmpty(id) ? null : id, link, Text(item, "title"), PublishedDates.Normalize(Text(item, "date_published")));
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
