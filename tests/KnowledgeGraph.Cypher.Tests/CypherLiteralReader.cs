using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Cypher.Tests;

/// <summary>
/// A small reader of Cypher literals, written for the tests (independent of <see cref="CypherLiteral"/>):
/// strings ('…' or "…" with \\ \' \" \n \r \t \b \f \uXXXX \UXXXXXXXX escapes), integers, floats,
/// true/false/null, lists and maps with plain or back-quoted keys.
/// </summary>
internal sealed class CypherLiteralReader(string source)
{
    private int _pos;

    /// <summary>Reads one whole literal; anything left over is an error.</summary>
    public static object? Read(string source)
    {
        var reader = new CypherLiteralReader(source);
        var value = reader.Value();
        reader.SkipSpaces();
        return reader._pos == source.Length ? value : throw reader.Error("text after the literal");
    }

    /// <summary>
    /// The line with every string literal's content replaced by '_' (quotes kept),
    /// so what is left is the code outside strings.
    /// </summary>
    public static string BlankStrings(string line)
    {
        var sb = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] is '\'' or '"')
            {
                var reader = new CypherLiteralReader(line) { _pos = i };
                reader.String();
                sb.Append(line[i]).Append('_', reader._pos - i - 2).Append(line[i]);
                i = reader._pos - 1;
            }
            else
            {
                sb.Append(line[i]);
            }
        }

        return sb.ToString();
    }

    private object? Value()
    {
        SkipSpaces();
        if (_pos >= source.Length)
        {
            throw Error("end of text");
        }

        var c = source[_pos];
        return c switch
        {
            '\'' or '"' => String(),
            '[' => List(),
            '{' => Map(),
            '-' or (>= '0' and <= '9') => Number(),
            _ when Word("true") => true,
            _ when Word("false") => false,
            _ when Word("null") => null,
            _ => throw Error($"unexpected '{c}'"),
        };
    }

    private string String()
    {
        var quote = source[_pos++];
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= source.Length)
            {
                throw Error("unterminated string");
            }

            var c = source[_pos++];
            if (c == quote)
            {
                return sb.ToString();
            }

            if (c is '\n' or '\r')
            {
                throw Error("raw line break inside a string");
            }

            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            var e = source[_pos++];
            switch (e)
            {
                case '\\' or '\'' or '"': sb.Append(e); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'u': sb.Append((char)Hex(4)); break;
                case 'U': sb.Append(char.ConvertFromUtf32(Hex(8))); break;
                default: throw Error($"unknown escape \\{e}");
            }
        }
    }

    private int Hex(int digits)
    {
        var hex = source.Substring(_pos, digits);
        _pos += digits;
        return int.Parse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }

    private object Number()
    {
        var start = _pos;
        if (source[_pos] == '-')
        {
            _pos++;
        }

        Digits();
        var isFloat = false;
        if (_pos < source.Length && source[_pos] == '.')
        {
            _pos++;
            Digits();
            isFloat = true;
        }

        if (_pos < source.Length && source[_pos] is 'e' or 'E')
        {
            _pos++;
            if (source[_pos] == '-')
            {
                _pos++;
            }

            Digits();
            isFloat = true;
        }

        var text = source[start.._pos];
        return isFloat ? double.Parse(text, CultureInfo.InvariantCulture) : (object)long.Parse(text, CultureInfo.InvariantCulture);
    }

    private void Digits()
    {
        var start = _pos;
        while (_pos < source.Length && char.IsAsciiDigit(source[_pos]))
        {
            _pos++;
        }

        if (_pos == start)
        {
            throw Error("digits expected");
        }
    }

    private List<object?> List()
    {
        _pos++;
        var list = new List<object?>();
        SkipSpaces();
        if (Take(']'))
        {
            return list;
        }

        do
        {
            list.Add(Value());
            SkipSpaces();
        }
        while (Take(','));

        return Take(']') ? list : throw Error("']' expected");
    }

    private Dictionary<string, object?> Map()
    {
        _pos++;
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        SkipSpaces();
        if (Take('}'))
        {
            return map;
        }

        do
        {
            SkipSpaces();
            var key = Key();
            SkipSpaces();
            if (!Take(':'))
            {
                throw Error("':' expected");
            }

            map.Add(key, Value());
            SkipSpaces();
        }
        while (Take(','));

        return Take('}') ? map : throw Error("'}' expected");
    }

    private string Key()
    {
        if (Take('`'))
        {
            var sb = new StringBuilder();
            while (true)
            {
                if (_pos >= source.Length)
                {
                    throw Error("unterminated `key`");
                }

                var c = source[_pos++];
                if (c == '`')
                {
                    if (!Take('`'))
                    {
                        return sb.ToString();
                    }
                }

                sb.Append(c);
            }
        }

        var start = _pos;
        while (_pos < source.Length && (char.IsAsciiLetterOrDigit(source[_pos]) || source[_pos] == '_'))
        {
            _pos++;
        }

        return _pos > start && !char.IsAsciiDigit(source[start]) ? source[start.._pos] : throw Error("key expected");
    }

    private bool Word(string word)
    {
        if (string.CompareOrdinal(source, _pos, word, 0, word.Length) != 0)
        {
            return false;
        }

        _pos += word.Length;
        return true;
    }

    private bool Take(char c)
    {
        if (_pos < source.Length && source[_pos] == c)
        {
            _pos++;
            return true;
        }

        return false;
    }

    private void SkipSpaces()
    {
        while (_pos < source.Length && source[_pos] == ' ')
        {
            _pos++;
        }
    }

    private FormatException Error(string what) => new($"{what} at {_pos} in {source}");
}
