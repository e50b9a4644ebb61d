using System.Text;

namespace KnowledgeGraph.Sources.Tests;

public class TextDecoderTests
{
    private const string Russian = "Вчера Пётр Ильич Сомов открыл выставку «Север» в Томске — №5.";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Bytes(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    [Fact]
    public void Utf8_without_bom()
    {
        var (text, name) = TextDecoder.Decode(Encoding.UTF8.GetBytes(Russian));
        Assert.Equal(Russian, text);
        Assert.Equal("utf-8", name);
    }

    [Fact]
    public void Utf8_with_bom_drops_the_bom()
    {
        var (text, name) = TextDecoder.Decode(Bytes([0xEF, 0xBB, 0xBF], Encoding.UTF8.GetBytes(Russian)));
        Assert.Equal(Russian, text);
        Assert.Equal("utf-8-bom", name);
    }

    [Fact]
    public void Ascii_is_utf8()
    {
        Assert.Equal(("plain text\r\n", "utf-8"), TextDecoder.Decode("plain text\r\n"u8));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_bom(bool bigEndian)
    {
        var enc = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var (text, name) = TextDecoder.Decode(Bytes(enc.GetPreamble(), enc.GetBytes(Russian + " 😀")));
        Assert.Equal(Russian + " 😀", text);
        Assert.Equal(bigEndian ? "utf-16be" : "utf-16le", name);
    }

    [Fact]
    public void Utf16_of_odd_length_is_refused()
    {
        var bytes = Bytes([0xFF, 0xFE], Encoding.Unicode.GetBytes("Да"), [0x41]);
        var ex = Assert.Throws<FormatException>(() => TextDecoder.Decode(bytes));
        Assert.Contains("byte offset 6", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_with_a_lone_surrogate_is_refused()
    {
        var bytes = Bytes([0xFF, 0xFE], Encoding.Unicode.GetBytes("ab"), [0x00, 0xD8], Encoding.Unicode.GetBytes("cd"));
        var ex = Assert.Throws<FormatException>(() => TextDecoder.Decode(bytes));
        Assert.Contains("UTF-16", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Russian)]
    [InlineData("Пётр Сомов приехал в Омск.")]
    [InlineData("ЁЛКИ И ПАЛКИ")]
    [InlineData("Отчёт «ЕАЭС» за квартал.")]
    public void Windows1251_russian_is_detected_and_decoded(string russian)
    {
        var bytes = Encoding.GetEncoding(1251).GetBytes(russian);
        var (text, name) = TextDecoder.Decode(bytes);
        Assert.Equal(russian, text);
        Assert.Equal("windows-1251", name);
    }

    [Fact]
    public void Utf8_text_with_a_windows1251_word_inside_is_refused_at_the_first_bad_byte()
    {
        var head = Encoding.UTF8.GetBytes("Депутат Зоя Крылова сказала: ");
        var bytes = Bytes(head, Encoding.GetEncoding(1251).GetBytes("привет"), Encoding.UTF8.GetBytes(" и ушла."));
        var ex = Assert.Throws<FormatException>(() => TextDecoder.Decode(bytes));
        Assert.Contains($"byte offset {head.Length}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1_bytes_are_refused_with_the_offset()
    {
        var bytes = Encoding.Latin1.GetBytes("Caf\u00e9 cr\u00e8me");
        var ex = Assert.Throws<FormatException>(() => TextDecoder.Decode(bytes));
        Assert.StartsWith("invalid UTF-8 at byte offset 3 ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--encoding", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_after_a_bom_counts_the_bom_in_the_offset()
    {
        var ex = Assert.Throws<FormatException>(() => TextDecoder.Decode(Bytes([0xEF, 0xBB, 0xBF], "ab"u8.ToArray(), [0xC3, 0x28])));
        Assert.Equal("invalid UTF-8 at byte offset 5", ex.Message);
    }

    [Fact]
    public void Truncated_utf8_at_the_end_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes("Омск");
        var ex = Assert.Throws<FormatException>(() => TextDecoder.Decode(bytes.AsSpan(0, bytes.Length - 1)));
        Assert.Contains($"byte offset {bytes.Length - 2}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nul_byte_means_binary()
    {
        var ex = Assert.Throws<FormatException>(() => TextDecoder.Decode("abc\0def"u8));
        Assert.Contains("binary", ex.Message, StringComparison.Ordinal);
        Assert.Contains("byte offset 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nul_byte_after_a_utf8_bom_means_binary()
    {
        var ex = Assert.Throws<FormatException>(() => TextDecoder.Decode(Bytes([0xEF, 0xBB, 0xBF], "ab\0"u8.ToArray())));
        Assert.Contains("binary", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstInvalidUtf8_reports_offsets_and_multibyte()
    {
        Assert.Equal(-1, TextDecoder.FirstInvalidUtf8("abc"u8, out var multi));
        Assert.False(multi);
        Assert.Equal(-1, TextDecoder.FirstInvalidUtf8(Encoding.UTF8.GetBytes("ёж"), out multi));
        Assert.True(multi);
        Assert.Equal(1, TextDecoder.FirstInvalidUtf8([0x61, 0x80, 0x61], out _));
        Assert.Equal(0, TextDecoder.FirstInvalidUtf8([0xED, 0xA0, 0x80], out _)); // encoded surrogate
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0xAF }, 0)] // overlong "/"
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, 0)] // above U+10FFFF
    [InlineData(new byte[] { 0xD0, 0xB6, 0xD0 }, 2)] // a pair cut at the end
    [InlineData(new byte[] { 0xD0, 0xB6, 0xE2, 0x80 }, 2)] // a three-byte sequence cut at the end
    public void FirstInvalidUtf8_finds_the_first_bad_byte_after_a_long_valid_run(byte[] tail, int offsetInTail)
    {
        // A long valid prefix (Cyrillic and ASCII) before the fault: the fast whole-buffer check must fall back to the walk.
        var prefix = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Мост открыли в среду. ", 200)));
        Assert.Equal(prefix.Length + offsetInTail, TextDecoder.FirstInvalidUtf8([.. prefix, .. tail], out var multi));
        Assert.True(multi);
        Assert.Equal(-1, TextDecoder.FirstInvalidUtf8(prefix, out multi));
        Assert.True(multi);
        Assert.Equal(-1, TextDecoder.FirstInvalidUtf8(Encoding.ASCII.GetBytes(new string('a', 5000)), out multi));
        Assert.False(multi);
    }
}
