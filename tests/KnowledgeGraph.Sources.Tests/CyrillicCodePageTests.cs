using System.Text;

namespace KnowledgeGraph.Sources.Tests;

/// <summary>Single-byte Cyrillic code pages are told apart, never decoded as another one (mojibake).</summary>
public class CyrillicCodePageTests
{
    private const string Story =
        "Министр иностранных дел Казахстана встретился в Астане с послом Германии. Стороны обсудили "
        + "сотрудничество в области энергетики и образования, а также подготовку визита президента.";

    static CyrillicCodePageTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("koi8-r", Story)]
    [InlineData("koi8-r", "Пётр Сомов приехал в Омск.")]
    [InlineData("koi8-r", "ВСТРЕЧА В АСТАНЕ")]
    [InlineData("ibm866", Story)]
    [InlineData("ibm866", "Отчёт ЕАЭС за квартал.")]
    [InlineData("iso-8859-5", Story)]
    [InlineData("windows-1251", Story)]
    public void Each_code_page_is_detected_and_decoded(string encoding, string russian)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes(russian);
        var (text, name) = TextDecoder.Decode(bytes);
        Assert.Equal(encoding, name);
        Assert.Equal(russian, text);
    }

    [Fact]
    public void A_koi8r_file_is_read_as_the_same_article_as_its_utf8_copy()
    {
        var koi8 = ArticleReader.Parse("a.txt", Encoding.GetEncoding("koi8-r").GetBytes("Заголовок\n\n" + Story));
        var utf8 = ArticleReader.Parse("b.txt", Encoding.UTF8.GetBytes("Заголовок\n\n" + Story));
        Assert.Equal(utf8.Text, koi8.Text);
        Assert.Equal(utf8.Key, koi8.Key);
    }

    [Fact]
    public void A_given_encoding_is_used_as_given()
    {
        var bytes = Encoding.GetEncoding("koi8-r").GetBytes(Story);
        Assert.Equal(Story, TextDecoder.Decode(bytes, TextDecoder.Find("koi8-r")!));
        var article = new ArticleReader(encoding: "koi8-r");
        using var dir = new TempDir();
        Assert.Equal(Story, article.Read(dir.Write("a.txt", bytes)).Text);
    }

    [Fact]
    public void A_given_utf8_refuses_bytes_that_are_not_utf8_with_the_offset()
    {
        var bytes = Encoding.GetEncoding("koi8-r").GetBytes("ab " + Story);
        var ex = Assert.Throws<FormatException>(() => TextDecoder.Decode(bytes, TextDecoder.Find("utf-8")!));
        Assert.Contains("byte offset 3", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("koi8-r")]
    [InlineData("IBM866")]
    [InlineData("utf-8")]
    public void Known_encoding_names_are_found(string name) => Assert.NotNull(TextDecoder.Find(name));

    [Fact]
    public void An_unknown_encoding_name_is_not_found() => Assert.Null(TextDecoder.Find("klingon-8"));
}
