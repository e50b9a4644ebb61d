using System.Text;

namespace KnowledgeGraph.Sources;

/// <summary>
/// Turns the bytes of a file into text: UTF-8 (with or without BOM), UTF-16 (by BOM) and the
/// single-byte Cyrillic code pages Windows-1251, KOI8-R, IBM866 and ISO-8859-5 (not valid UTF-8,
/// told apart by <see cref="CyrillicCodePages"/>). Anything else is refused with the byte offset
/// of the first bad byte; an encoding can also be given (<see cref="Decode(ReadOnlySpan{byte}, Encoding)"/>).
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="FormatException"/> with the reason.</summary>
    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> bytes)
    {
        // Not "\xEF\xBB\xBF"u8: in a C# string "\xEF" is U+00EF, which u8 encodes as two bytes.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            RefuseNul(bytes);
            return (DecodeUtf8(bytes[3..], 3), "utf-8-bom");
        }

        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return (DecodeUtf16(bytes[2..], bigEndian: false), "utf-16le");
        }

        if (bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return (DecodeUtf16(bytes[2..], bigEndian: true), "utf-16be");
        }

        RefuseNul(bytes);
        var bad = FirstInvalidUtf8(bytes, out _);
        if (bad < 0)
        {
            return (StrictUtf8.GetString(bytes), "utf-8");
        }

        // Judged on the whole file, not on the part before the first bad byte: a 1251 text that
        // starts with «Пётр» begins with a valid UTF-8 pair (CF B8) by chance.
        if (CyrillicCodePages.Detect(bytes) is { } codePage)
        {
            return (Encoding.GetEncoding(codePage.CodePage).GetString(bytes), codePage.Name);
        }

        throw new FormatException($"invalid UTF-8 at byte offset {bad} (not a Cyrillic code page either; give the encoding with --encoding)");
    }

    /// <summary>The encoding called <paramref name="name"/> (utf-8, koi8-r, ibm866, cp1251…), or null.</summary>
    public static Encoding? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        try
        {
            return Encoding.GetEncoding(name.Trim(), EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Decodes <paramref name="bytes"/> in the given encoding; bytes it cannot decode are refused with their offset.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        RefuseNul(bytes);
        var preamble = encoding.Preamble;
        if (preamble.Length > 0 && bytes.StartsWith(preamble))
        {
            bytes = bytes[preamble.Length..];
        }

        var strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            return strict.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new FormatException($"not {encoding.WebName}: an invalid byte at byte offset {ex.Index}", ex);
        }
    }

    private static void RefuseNul(ReadOnlySpan<byte> bytes)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new FormatException($"binary content (a NUL byte at byte offset {nul})");
        }
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, int offset)
    {
        var bad = FirstInvalidUtf8(bytes, out _);
        return bad < 0 ? StrictUtf8.GetString(bytes) : throw new FormatException($"invalid UTF-8 at byte offset {bad + offset}");
    }

    private static string DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        if (bytes.Length % 2 != 0)
        {
            throw new FormatException($"truncated UTF-16 (odd length, byte offset {bytes.Length + 1})");
        }

        var enc = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        try
        {
            return enc.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new FormatException($"invalid UTF-16 at byte offset {ex.Index + 2}", ex);
        }
    }

    /// <summary>The byte offset of the first byte that is not valid UTF-8, or -1.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes, out bool sawMultiByte)
    {
        // Nearly every file is valid: the vectorised checks answer that at once; the walk below finds the offset otherwise.
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            sawMultiByte = !Ascii.IsValid(bytes);
            return -1;
        }

        sawMultiByte = false;
        var i = 0;
        while (i < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            if (rune.Value > 0x7F)
            {
                sawMultiByte = true;
            }

            i += consumed;
        }

        return -1;
    }
}
