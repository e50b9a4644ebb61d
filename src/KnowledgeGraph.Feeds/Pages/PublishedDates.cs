using System.Globalization;

namespace KnowledgeGraph.Feeds.Pages;

/// <summary>Publication dates as ISO 8601 with the offset the source gave (UTC when it gave none).</summary>
public static class PublishedDates
{
    public static string Format(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Reads a date as sites write it (ISO 8601, RFC 1123); null when it is no date.</summary>
    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        return DateTimeOffset.TryParse(raw.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var value)
            && value.Year is > 1900 and < 2200
            ? Format(value)
            : null;
    }
}
