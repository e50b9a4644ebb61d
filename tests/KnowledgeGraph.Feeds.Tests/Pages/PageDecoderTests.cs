using System.Text;
using KnowledgeGraph.Feeds.Pages;

namespace KnowledgeGraph.Feeds.Tests.Pages;

public sealed class PageDecoderTests
{
    private const string Html = "<html><head>{0}</head><body><p>Посол Армении посетил Алматы.</p></body></html>";

    private static readonly Encoding Cp1251 = GetCp1251();

    private static Encoding GetCp1251()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1251);
    }

    [Theory]
    [InlineData("windows-1251", "")]
    [InlineData(null, "<meta charset=\"windows-1251\">")]
    [InlineData(null, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">")]
    [InlineData(null, "")]
    public void Windows_1251_from_the_header_the_meta_element_or_detection(string? header, string meta)
    {
        var text = PageDecoder.Decode(Cp1251.GetBytes(string.Format(null, Html, meta)), header);
        Assert.Contains("Посол Армении посетил Алматы.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_wins_over_the_meta_element_and_a_bom_over_both()
    {
        var utf8 = Encoding.UTF8.GetBytes(string.Format(null, Html, "<meta charset=\"windows-1251\">"));
        Assert.Contains("Посол", PageDecoder.Decode(utf8, "utf-8"), StringComparison.Ordinal);
        Assert.Contains("Посол", PageDecoder.Decode([0xEF, 0xBB, 0xBF, .. utf8], "windows-1251"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_charset_falls_back_to_detection()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Format(null, Html, "<meta charset=\"x-no-such\">"));
        Assert.Contains("Посол", PageDecoder.Decode(bytes, "bogus"), StringComparison.Ordinal);
    }
}
