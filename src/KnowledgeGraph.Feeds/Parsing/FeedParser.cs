using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using KnowledgeGraph.Feeds.Pages;

namespace KnowledgeGraph.Feeds.Parsing;

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 with System.ServiceModel.Syndication (DTDs refused, dates read
/// leniently), and JSON Feed with <see cref="JsonFeedParser"/>. Relative links are resolved
/// against the feed's address.
/// </summary>
public static class FeedParser
{
    public static ParsedFeed Parse(byte[] body, Uri feedUri)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(feedUri);
        if (FirstSignificant(body) == '{')
        {
            return JsonFeedParser.Parse(body, feedUri);
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = body.LongLength * 4 + 1024 };
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = reader.LocalName == "rss" ? new Rss20FeedFormatter() : new Atom10FeedFormatter();
            if (!formatter.CanRead(reader))
            {
                throw new FeedFormatException($"not a feed: the document starts with <{reader.Name}> (RSS 2.0, Atom 1.0 or JSON Feed expected)");
            }

            formatter.DateTimeParser = ParseDate;
            formatter.ReadFrom(reader);
            var feed = formatter.Feed;
            var items = feed.Items.Select(i => ToItem(i, feedUri)).Where(i => i is not null).Select(i => i!).ToList();
            return new ParsedFeed(formatter is Rss20FeedFormatter ? "rss" : "atom", feed.Title?.Text, Chronological(items));
        }
        catch (XmlException ex)
        {
            var where = ex.LineNumber > 0 ? $" at line {ex.LineNumber}, position {ex.LinePosition}" : string.Empty;
            throw new FeedFormatException($"malformed XML{where}: {ex.Message.Split(" Line ")[0].ReplaceLineEndings(" ")}", ex);
        }
    }

    /// <summary>Items oldest first; items without a date keep their place after the dated ones.</summary>
    internal static IReadOnlyList<FeedItem> Chronological(List<FeedItem> items) =>
        [.. items.Select((item, i) => (item, i)).OrderBy(p => p.item.Published is null ? 1 : 0)
            .ThenBy(p => p.item.Published is { } d ? DateTimeOffset.Parse(d, CultureInfo.InvariantCulture) : DateTimeOffset.MinValue)
            .ThenByDescending(p => p.i).Select(p => p.item)];

    private static FeedItem? ToItem(SyndicationItem item, Uri feedUri)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri ?? item.Links.FirstOrDefault()?.Uri;
        if (link is null && Uri.TryCreate(item.Id, UriKind.Absolute, out var idLink) && idLink.Scheme.StartsWith("http", StringComparison.Ordinal))
        {
            link = idLink;
        }

        var absolute = link is null ? null : link.IsAbsoluteUri ? link : new Uri(feedUri, link);
        var guid = string.IsNullOrWhiteSpace(item.Id) ? null : item.Id.Trim();
        var id = guid ?? absolute?.AbsoluteUri;
        if (id is null)
        {
            return null;
        }

        var date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
        return new FeedItem(id, guid, absolute, item.Title?.Text, date == default ? null : PublishedDates.Format(date));
    }

    private static bool ParseDate(XmlDateTimeData data, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(data.DateTimeString.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)
        || DateTimeOffset.TryParseExact(Rfc822Fix(data.DateTimeString), "ddd, d MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>"+0300" as "+03:00", "GMT" as "+00:00": the forms RSS uses that DateTimeOffset does not read.</summary>
    private static string Rfc822Fix(string s)
    {
        var t = s.Trim();
        if (t.EndsWith(" GMT", StringComparison.Ordinal) || t.EndsWith(" UT", StringComparison.Ordinal))
        {
            return t[..t.LastIndexOf(' ')] + " +00:00";
        }

        return t.Length > 5 && (t[^5] == '+' || t[^5] == '-') ? t[..^2] + ":" + t[^2..] : t;
    }

    private static char FirstSignificant(ReadOnlySpan<byte> body)
    {
        var start = body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        foreach (var b in body[start..])
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return (char)b;
            }
        }

        return '\0';
    }
}
