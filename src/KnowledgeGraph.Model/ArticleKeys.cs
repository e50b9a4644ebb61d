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
        ArgumentNullException.ThrowIfNull(text);
        var normalised = NormaliseForIdentity(text);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalised));
        return Prefix + Convert.ToHexStringLower(hash);
    }

    /// <summary>NFC, BOM dropped, every line trimmed at its end, runs of blank lines folded, ends trimmed.</summary>
    public static string NormaliseForIdentity(string text)
    {
        var s = text.Replace("\uFEFF", string.Empty, StringComparison.Ordinal).Normalize(NormalizationForm.FormC);
        var lines = s.ReplaceLineEndings("\n").Split('\n');
        var sb = new StringBuilder(s.Length);
        var blank = false;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                blank = sb.Length > 0;
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(blank ? "\n\n" : "\n");
            }

            blank = false;
            sb.Append(line);
        }

        return sb.ToString();
    }
}
