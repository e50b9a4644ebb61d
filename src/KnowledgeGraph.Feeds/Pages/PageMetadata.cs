using System.Text.Json;
using AngleSharp.Dom;

namespace KnowledgeGraph.Feeds.Pages;

/// <summary>
/// The publication date a page declares: <c>&lt;meta property="article:published_time"&gt;</c>
/// (or <c>itemprop="datePublished"</c>), JSON-LD <c>datePublished</c>, then the first
/// <c>&lt;time datetime&gt;</c>.
/// </summary>
public static class PageMetadata
{
    public static string? PublishedDate(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var meta = document.QuerySelector("meta[property='article:published_time'], meta[name='article:published_time'], meta[itemprop='datePublished']");
        return PublishedDates.Normalize(meta?.GetAttribute("content"))
            ?? FromJsonLd(document)
            ?? PublishedDates.Normalize(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
    }

    private static string? FromJsonLd(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (Find(json.RootElement, 0) is { } found)
                {
                    return found;
                }
            }
            catch (JsonException)
            {
                // A broken block says nothing; the next may.
            }
        }

        return null;
    }

    private static string? Find(JsonElement e, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                if (e.TryGetProperty("datePublished", out var d) && d.ValueKind == JsonValueKind.String && PublishedDates.Normalize(d.GetString()) is { } date)
                {
                    return date;
                }

                foreach (var p in e.EnumerateObject())
                {
                    if (Find(p.Value, depth + 1) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    if (Find(item, depth + 1) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
