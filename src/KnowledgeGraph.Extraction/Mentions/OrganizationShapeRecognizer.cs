using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// Organisations found by the shape of their name, run after persons and places have taken
/// theirs: a run of capitalised Latin words in Russian text («Vestas», «Depeche Mode»,
/// «Lenta.ru», «Bank of East Asia») and a capitalised name in quotes with no descriptor
/// («Центра», «Спартака» in «…»).
/// </summary>
public sealed class OrganizationShapeRecognizer : IMentionRecognizer
{
    private static readonly HashSet<string> LatinGlue = new(StringComparer.Ordinal) { "of", "and", "the", "for", "de", "du", "des", "la", "le", "und", "&" };

    private static readonly string[] VerbEndings = ["л", "ла", "ли", "ло", "ает", "яет", "ует", "еет", "ит", "ют", "ут", "ат", "ят", "ся", "сь", "ть"];

    public void Recognize(MentionContext context)
    {
        var t = context.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            if (context.OwnerOf(i) is not null)
            {
                continue;
            }

            var end = Latin(context, i);
            if (end > i)
            {
                Add(context, i, end, context.Surface(i, end));
                i = end - 1;
                continue;
            }

            if (Quoted(context, i) is { } close)
            {
                Add(context, i + 1, close, context.Surface(i + 1, close));
                i = close;
            }
        }
    }

    private static void Add(MentionContext c, int first, int last, string name) =>
        c.Add(new Mention { First = first, Last = last, Label = GraphLabels.Organization, Name = name, Key = EntityKeys.For(GraphLabels.Organization, name) });

    // Latin capitalised words, glued by «of», «and», «&» …, or a domain name «Lenta.ru»
    private static int Latin(MentionContext c, int i)
    {
        var t = c.Tokens;
        if (!IsLatinName(t[i]) || c.Lexicons.NotOrganizations.Contains(t[i].Lower) || (i > 0 && t[i - 1].Is('(') && i > 1 && c.OwnerOf(i - 2) == GraphLabels.Person))
        {
            return i;
        }

        var end = i + 1;
        while (end < t.Count && c.SameSentence(i, end) && c.OwnerOf(end) is null)
        {
            if (IsLatinName(t[end]) && t[end].Start - t[end - 1].End <= 1)
            {
                end++;
            }
            else if (end + 1 < t.Count && (LatinGlue.Contains(t[end].Lower) || t[end].Is('.')) && IsLatinWord(t[end + 1]) && t[end + 1].Start - t[end].End <= 1
                     && (!t[end].Is('.') || t[end + 1].Start == t[end].End))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static bool IsLatinWord(Token t) => t.IsWord && t.Text.All(ch => ch is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '\'');

    private static bool IsLatinName(Token t) =>
        IsLatinWord(t) && char.IsUpper(t.Text[0]) && t.Text.Length > 1 && !t.Text.Any(char.IsDigit) && !t.Text.All(ch => "IVXLCDM".Contains(ch, StringComparison.Ordinal));

    // «Спартак»: one to four words in quotes, the first capitalised, nothing before that names it
    private static int? Quoted(MentionContext c, int i)
    {
        var t = c.Tokens;
        if (!t[i].Is('«') || i + 1 >= t.Count || !t[i + 1].IsTitle || c.OwnerOf(i + 1) is not null)
        {
            return null;
        }

        // «корабль «Союз»», «Шаттл «Дискавери»»: a noun in front names a kind of thing
        if (i > 0 && t[i - 1].IsWord && t[i - 1].Text.Length > 3 && !VerbEndings.Any(e => t[i - 1].Lower.EndsWith(e, StringComparison.Ordinal)))
        {
            return null;
        }

        var close = c.ClosingQuote(i);
        if (close < 0 || close - i - 1 > 4 || !c.IsFree(i + 1, close) || (close + 1 < t.Count && t[close + 1].IsWord && !t[close + 1].IsCapitalized && c.SameSentence(i, close + 1) && Naming.PhraseInflection.LooksLikeAdjective(t[close + 1].Text)))
        {
            return null;
        }

        for (var k = i + 1; k < close; k++)
        {
            if (t[k].Kind == TokenKind.Punct && !t[k].Is('-'))
            {
                return null;
            }
        }

        return close;
    }
}
