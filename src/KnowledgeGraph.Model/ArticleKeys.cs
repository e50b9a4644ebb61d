using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Model;

/// <summary>
/// Article keys come from the text, not the file name: the same article read from two files,
/// with other line endings or trailing blanks, gets the same key.
/// </summary>
public static class ArticleKeys
{
    public const string Prefix = "article:sha256:";

    public static string FromText(string text)
    {
        var s = Composed(text);

        // the normalised text and its UTF-8 in pooled buffers, not in strings: every article's key is worked out once, and the
        // copies the text went through (its lines, a builder, the result, its bytes) were ~10 KB of garbage an article
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, s.Length));
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(s.Length));
        try
        {
            var length = Normalise(s, chars);
            var n = Encoding.UTF8.GetBytes(chars.AsSpan(0, length), bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, n), hash);
            Span<char> hex = stackalloc char[hash.Length * 2];
            Convert.TryToHexStringLower(hash, hex, out _);
            return string.Concat(Prefix, hex);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>NFC, BOM dropped, every line trimmed at its end, runs of blank lines folded, ends trimmed.</summary>
    public static string NormaliseForIdentity(string text)
    {
        var s = Composed(text);
        var chars = new char[s.Length];
        return new string(chars, 0, Normalise(s, chars));
    }

    /// <summary>The text without byte order marks, in NFC: each the same string when nothing changes.</summary>
    private static string Composed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\uFEFF", string.Empty, StringComparison.Ordinal).Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Writes the lines of <paramref name="s"/> (split where <see cref="string.ReplaceLineEndings()"/> sees a line end), each
    /// trimmed at its end, into <paramref name="into"/>, joined by one line end, or two where blank lines stood between;
    /// blank lines before the first and after the last are dropped. The result is never longer than <paramref name="s"/>.
    /// </summary>
    private static int Normalise(string s, Span<char> into)
    {
        var n = 0;
        var blank = false;
        foreach (var raw in s.AsSpan().EnumerateLines())
        {
            var line = raw.TrimEnd();
            if (line.IsEmpty)
            {
                blank = n > 0;
                continue;
            }

            if (n > 0)
            {
                into[n++] = '\n';
                if (blank)
                {
                    into[n++] = '\n';
                }
            }

            blank = false;
            line.CopyTo(into[n..]);
            n += line.Length;
        }

        return n;
    }
}
