using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Sources;

namespace KnowledgeGraph.Feeds.Pages;

/// <summary>
/// The text of a page: a byte order mark first, then the charset of the Content-Type header, then
/// <c>&lt;meta charset&gt;</c> (or <c>http-equiv</c>) near the top, then the detection used for
/// files (UTF-8, else Windows-1251).
/// </summary>
public static partial class PageDecoder
{
    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] body, string? headerCharset)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (HasBom(body))
        {
            return TextDecoder.Decode(body).Text;
        }

        var encoding = EncodingOf(headerCharset) ?? EncodingOf(MetaCharset(body));
        return encoding is not null ? encoding.GetString(body) : TextDecoder.Decode(body).Text;
    }

    /// <summary>The charset a <c>&lt;meta&gt;</c> element names in the first 4 KiB, if any.</summary>
    public static string? MetaCharset(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 4096)]);
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static Encoding? EncodingOf(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool HasBom(ReadOnlySpan<byte> b) =>
        b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetPattern();
}
