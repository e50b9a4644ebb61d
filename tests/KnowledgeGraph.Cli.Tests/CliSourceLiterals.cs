using System.Text;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// The string literals of a C# source file, read without a compiler: regular, verbatim, raw and interpolated strings
/// (an interpolation hole reads as "{}"), with comments and character literals skipped. Each literal comes with its line
/// and whether it is an argument of a <c>[LoggerMessage]</c> attribute (log events are for operators and stay English).
/// </summary>
internal static class CliSourceLiterals
{
    public sealed record Literal(int Line, string Text, bool InLogAttribute);

    public static List<Literal> Read(string source)
    {
        var found = new List<Literal>();
        var i = 0;
        while (i < source.Length)
        {
            if (At(source, i, "//"))
            {
                i = source.IndexOf('\n', i) is var e and >= 0 ? e : source.Length;
            }
            else if (At(source, i, "/*"))
            {
                i = source.IndexOf("*/", i + 2, StringComparison.Ordinal) is var e and >= 0 ? e + 2 : source.Length;
            }
            else if (source[i] == '\'')
            {
                i = SkipChar(source, i);
            }
            else if (StartsLiteral(source, i))
            {
                var start = i;
                var text = ReadLiteral(source, ref i);
                var lineStart = source.LastIndexOf('\n', start) + 1;
                var inLog = source[lineStart..start].Contains("LoggerMessage(", StringComparison.Ordinal);
                found.Add(new Literal(LineOf(source, start), text, inLog));
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private static bool At(string s, int i, string what) => string.CompareOrdinal(s, i, what, 0, what.Length) == 0;

    private static bool StartsLiteral(string s, int i)
    {
        var j = i;
        while (j < s.Length && (s[j] == '$' || s[j] == '@'))
        {
            j++;
        }

        return j < s.Length && s[j] == '"' && (j == i || !char.IsLetterOrDigit(s[i - 1]));
    }

    private static int SkipChar(string s, int i)
    {
        var j = i + 1;
        while (j < s.Length && s[j] != '\'')
        {
            j += s[j] == '\\' ? 2 : 1;
        }

        return j + 1;
    }

    private static int LineOf(string s, int index) => s.AsSpan(0, index).Count('\n') + 1;

    /// <summary>Reads the literal at <paramref name="i"/> and moves past it.</summary>
    private static string ReadLiteral(string s, ref int i)
    {
        var dollars = 0;
        var verbatim = false;
        while (s[i] != '"')
        {
            if (s[i] == '$')
            {
                dollars++;
            }
            else
            {
                verbatim = true;
            }

            i++;
        }

        var quotes = 0;
        while (i + quotes < s.Length && s[i + quotes] == '"')
        {
            quotes++;
        }

        var sb = new StringBuilder();
        if (quotes >= 3)
        {
            // A raw string: ends at as many quotes as it opened with; holes open with as many braces as there are dollars.
            var close = new string('"', quotes);
            i += quotes;
            var end = s.IndexOf(close, i, StringComparison.Ordinal);
            var body = s[i..end];
            i = end + quotes;
            return dollars == 0 ? body : HolesOut(body, new string('{', dollars), new string('}', dollars));
        }

        if (quotes == 2 && !verbatim)
        {
            i += 2;
            return string.Empty;
        }

        i++;
        while (i < s.Length)
        {
            var c = s[i];
            if (verbatim && c == '"' && i + 1 < s.Length && s[i + 1] == '"')
            {
                sb.Append('"');
                i += 2;
            }
            else if (c == '"')
            {
                i++;
                break;
            }
            else if (!verbatim && c == '\\')
            {
                sb.Append(s[i + 1] == 'n' ? ' ' : s[i + 1]);
                i += 2;
            }
            else if (dollars > 0 && c == '{' && i + 1 < s.Length && s[i + 1] == '{')
            {
                sb.Append('{');
                i += 2;
            }
            else if (dollars > 0 && c == '{')
            {
                i = SkipHole(s, i + 1);
                sb.Append("{}");
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }

        return sb.ToString();
    }

    /// <summary>Moves past an interpolation hole (nested literals and braces included).</summary>
    private static int SkipHole(string s, int i)
    {
        var depth = 1;
        while (i < s.Length && depth > 0)
        {
            if (StartsLiteral(s, i))
            {
                ReadLiteral(s, ref i);
                continue;
            }

            if (s[i] == '\'')
            {
                i = SkipChar(s, i);
                continue;
            }

            depth += s[i] switch { '{' => 1, '}' => -1, _ => 0 };
            i++;
        }

        return i;
    }

    private static string HolesOut(string body, string open, string close)
    {
        var sb = new StringBuilder();
        var i = 0;
        while (i < body.Length)
        {
            var o = body.IndexOf(open, i, StringComparison.Ordinal);
            if (o < 0)
            {
                sb.Append(body, i, body.Length - i);
                break;
            }

            sb.Append(body, i, o - i).Append("{}");
            var c = body.IndexOf(close, o + open.Length, StringComparison.Ordinal);
            i = c < 0 ? body.Length : c + close.Length;
        }

        return sb.ToString();
    }
}
