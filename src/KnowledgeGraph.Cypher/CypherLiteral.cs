using System.Collections;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Cypher;

/// <summary>
/// Writes values as Cypher literals for <c>:param</c> lines of an exported script. Strings are
/// single-quoted with every quote, backslash and control character escaped, so the whole literal
/// stays on one line and no text can end it early.
/// </summary>
public static class CypherLiteral
{
    public static string Of(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    public static void Append(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case string s: AppendString(sb, s); break;
            case int or long or short or byte: sb.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)); break;
            case double or float or decimal: AppendFloat(sb, Convert.ToDouble(value, CultureInfo.InvariantCulture)); break;
            case IDictionary map: AppendMap(sb, map); break;
            case IEnumerable list: AppendList(sb, list); break;
            default: throw new ArgumentException($"{value.GetType().Name} has no Cypher literal form", nameof(value));
        }
    }

    private static void AppendFloat(StringBuilder sb, double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            throw new ArgumentException("NaN and infinities have no Cypher literal form");
        }

        // "R" gives 2, 1E+20, 1.5E-07; Cypher wants a decimal point (2.0, else it is an integer)
        // and takes no '+' in an exponent: 2.0, 1.0E20, 1.5E-07.
        var s = d.ToString("R", CultureInfo.InvariantCulture);
        var e = s.IndexOf('E', StringComparison.Ordinal);
        var mantissa = e < 0 ? s : s[..e];
        sb.Append(mantissa);
        if (!mantissa.Contains('.', StringComparison.Ordinal))
        {
            sb.Append(".0");
        }

        if (e >= 0)
        {
            sb.Append('E').Append(s.AsSpan(s[e + 1] == '+' ? e + 2 : e + 1));
        }
    }

    private static void AppendString(StringBuilder sb, string s)
    {
        sb.Append('\'');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\'': sb.Append(@"\'"); break;
                case '"': sb.Append(@"\"""); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                case '\u2028' or '\u2029':
                case var _ when char.IsControl(c): // C0, DEL and C1 (NEL, CSI, …)
                    sb.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: sb.Append(c); break;
            }
        }

        sb.Append('\'');
    }

    private static void AppendList(StringBuilder sb, IEnumerable list)
    {
        sb.Append('[');
        var first = true;
        foreach (var item in list)
        {
            if (!first)
            {
                sb.Append(", ");
            }

            first = false;
            Append(sb, item);
        }

        sb.Append(']');
    }

    private static void AppendMap(StringBuilder sb, IDictionary map)
    {
        sb.Append('{');
        var first = true;
        foreach (DictionaryEntry e in map)
        {
            if (!first)
            {
                sb.Append(", ");
            }

            first = false;
            AppendKey(sb, (string)e.Key);
            sb.Append(": ");
            Append(sb, e.Value);
        }

        sb.Append('}');
    }

    /// <summary>Map keys as plain identifiers when they are, else back-quoted with back-quotes doubled.</summary>
    private static void AppendKey(StringBuilder sb, string key)
    {
        var plain = key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        if (plain)
        {
            sb.Append(key);
        }
        else
        {
            sb.Append('`').Append(key.Replace("`", "``", StringComparison.Ordinal)).Append('`');
        }
    }
}
