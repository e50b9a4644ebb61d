using System.Text;

namespace KnowledgeGraph.Sources;

/// <summary>
/// Turns the bytes of a file into text: UTF-8 (with or without BOM), UTF-16 (by BOM) and
/// Windows-1251 (not valid UTF-8, nearly every byte above 0x7F a 1251 Cyrillic letter or
/// Russian punctuation, and those letters not glued to Latin letters as accented letters are).
/// Anything else is refused with the byte offset of the first bad byte.
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
        if (LooksLikeWindows1251(bytes))
        {
            return (Encoding.GetEncoding(1251).GetString(bytes), "windows-1251");
        }

        throw new FormatException($"invalid UTF-8 at byte offset {bad}");
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

    private static bool IsAsciiLetter(byte b) => char.IsAsciiLetter((char)b);

    private static bool LooksLikeWindows1251(ReadOnlySpan<byte> bytes)
    {
        int high = 0, letters = 0, glued = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                continue;
            }

            high++;
            if (b >= 0xC0 || b == 0xA8 || b == 0xB8 || b == 0xAB || b == 0xBB || b == 0x96 || b == 0x97 || b == 0xA0 || b == 0xB9)
            {
                letters++;
                if ((i > 0 && IsAsciiLetter(bytes[i - 1])) || (i + 1 < bytes.Length && IsAsciiLetter(bytes[i + 1])))
                {
                    glued++;
                }
            }
        }

        // Latin-1 «café» or a stray byte in English text is a high byte inside a Latin word;
        // Russian words in 1251 are made of high bytes only.
        return high > 0 && letters * 10 >= high * 9 && glued * 10 < letters;
    }
}
