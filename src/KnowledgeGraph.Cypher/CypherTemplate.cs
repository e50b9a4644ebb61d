using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cypher;

/// <summary>
/// One Cypher statement loaded from a file of <c>cypher/</c>. Values reach it only as
/// <c>$parameters</c>; <c>{{placeholders}}</c> take labels or relationship types, and only
/// names from the contract's closed lists.
/// </summary>
public sealed partial class CypherTemplate
{
    private CypherTemplate(string name, string path, string text, string body, IReadOnlySet<string> parameters, IReadOnlySet<string> placeholders)
    {
        Name = name;
        Path = path;
        Text = text;
        Body = body;
        Parameters = parameters;
        Placeholders = placeholders;
    }

    /// <summary>Relative name without extension, e.g. <c>write/node-person</c>.</summary>
    public string Name { get; }

    public string Path { get; }

    /// <summary>The file as written, comments included.</summary>
    public string Text { get; }

    /// <summary>The statement without comments and surrounding white space.</summary>
    public string Body { get; }

    /// <summary>Every <c>$name</c> the statement uses.</summary>
    public IReadOnlySet<string> Parameters { get; }

    /// <summary>Every <c>{{name}}</c> to fill in before use.</summary>
    public IReadOnlySet<string> Placeholders { get; }

    /// <summary>First comment line: what the template does or answers.</summary>
    public string Description => Text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("//", StringComparison.Ordinal))?.TrimStart('/').Trim() ?? Name;

    public static CypherTemplate Parse(string name, string path, string text)
    {
        var body = StripComments(text).Trim();
        if (body.Length == 0)
        {
            throw new CypherTemplateException($"{path}: no statement");
        }

        var code = StripStrings(body);
        var semicolon = code.TrimEnd().TrimEnd(';').IndexOf(';', StringComparison.Ordinal);
        if (semicolon >= 0)
        {
            throw new CypherTemplateException($"{path}: more than one statement (a ';' inside)");
        }

        body = body.TrimEnd().TrimEnd(';').TrimEnd();
        var parameters = ParameterRegex().Matches(code).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var placeholders = PlaceholderRegex().Matches(code).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        return new CypherTemplate(name, path, text, body, parameters, placeholders);
    }

    /// <summary>
    /// The statement with its placeholders filled in. Every value must be a label or relationship
    /// type of the contract, so nothing from an article can reach the statement's text.
    /// </summary>
    public string Render(IReadOnlyDictionary<string, string>? placeholders = null)
    {
        placeholders ??= new Dictionary<string, string>();
        var missing = Placeholders.Where(p => !placeholders.ContainsKey(p)).ToList();
        if (missing.Count > 0)
        {
            throw new CypherTemplateException($"{Name}: no value for {{{{{string.Join("}}, {{", missing)}}}}}");
        }

        return PlaceholderRegex().Replace(Body, m =>
        {
            var value = placeholders[m.Groups[1].Value];
            return GraphLabels.IsKnown(value) || RelationshipTypes.IsKnown(value)
                ? value
                : throw new CypherTemplateException($"{Name}: '{value}' is neither a label nor a relationship type of the contract");
        });
    }

    private static string StripComments(string text)
    {
        var sb = new StringBuilder(text.Length);
        char quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                sb.Append(c);
                if (c == '\\' && quote != '`' && i + 1 < text.Length)
                {
                    sb.Append(text[++i]);
                }
                else if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '\'' or '"' or '`')
            {
                quote = c;
                sb.Append(c);
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                // A block comment: '$' and ';' inside it are not code. Its line breaks are kept.
                var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                var end = close < 0 ? text.Length : close + 2;
                sb.Append(' ').Append(new string('\n', text.AsSpan(i, end - i).Count('\n')));
                i = end - 1;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }

                sb.Append('\n');
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The code with the contents of string literals and back-quoted names blanked, so '$' or ';'
    /// inside them are not read as code. In back-quoted names '\' is no escape (`` is).
    /// </summary>
    private static string StripStrings(string code)
    {
        var sb = new StringBuilder(code.Length);
        char quote = '\0';
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (quote == '\0')
            {
                if (c is '\'' or '"' or '`')
                {
                    quote = c;
                }

                sb.Append(c);
            }
            else if (c == '\\' && quote != '`')
            {
                i++;
                sb.Append("  ");
            }
            else if (c == quote)
            {
                quote = '\0';
                sb.Append(c);
            }
            else
            {
                sb.Append(' ');
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterRegex();

    [GeneratedRegex(@"\{\{([A-Za-z]+)\}\}")]
    private static partial Regex PlaceholderRegex();
}
