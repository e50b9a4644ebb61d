using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Cli.Hosting;

/// <summary>
/// Text from articles and file names made harmless for a terminal: control characters (C0, DEL,
/// C1, so ANSI escape sequences too) and bidirectional overrides are shown as escapes (\x1b,
/// \n, \u202e) instead of acting on the terminal. JSON output escapes them by itself.
/// </summary>
public static class TerminalText
{
    /// <summary>The text with every control character written as a visible escape.</summary>
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (!NeedsEscape(c))
            {
                sb.Append(c);
                continue;
            }

            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c <= '\u00FF' => "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
        }

        return sb.ToString();
    }

    /// <summary>For a table cell: line breaks and tabs become spaces, other controls escapes.</summary>
    public static string Cell(string? text) =>
        Safe(text?.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '));

    /// <summary>A file name as printed in <c>error: PATH: reason</c>: quoted and escaped when it holds a control character.</summary>
    public static string Path(string? path) =>
        path is not null && path.Any(NeedsEscape) ? "\"" + Safe(path).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" : path ?? string.Empty;

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u2028' or '\u2029';
}
