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
    private static readonly string[] VerbEndings = ["л", "ла", "ли", "ло", "ает", "яет", "ует", "еет", "ит", "шет", "жет", "чет", "ют", "ут", "ат", "ят", "ся", "сь", "ть"];

    private static readonly string[] TitleVerbEndings = ["ся", "сь", "ает", "яет", "ует", "еет"];

    public void Recognize(MentionContext context)
    {
        var t = context.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            if (context.OwnerOf(i) is not null)
            {
                continue;
            }

            var (end, name) = Latin(context, i);
            if (end > i)
            {
                if (name)
                {
                    Add(context, i, end, context.Surface(i, end));
                }

                i = end - 1;
                continue;
            }

            if (Quoted(context, i) is { } close)
            {
                Add(context, i + 1, close, Nominative(context, i + 1, close));
                i = close;
            }
        }
    }

    // «болельщики «Спартака»» names «Спартак»: a quoted name governed by a verb or noun stands in their case
    private static string Nominative(MentionContext c, int first, int last)
    {
        var surface = c.Surface(first, last);
        // «столичную «Астану»»: a club named after a place takes the place's name
        if (c.Lexicons.Places.LongestAt(c.Tokens, first) is { } place && place.End == last)
        {
            return place.Entry.Canonical;
        }

        var words = new List<string>();
        for (var k = first; k < last; k++)
        {
            if (!c.Tokens[k].IsWord || c.Tokens[k].Text.Any(char.IsDigit) || c.Tokens[k].IsAllCaps)
            {
                return surface;
            }

            words.Add(c.Tokens[k].Text);
        }

        return Naming.PhraseNominative.Of(Naming.PhraseNominative.AnalyzerFor(c.Lexicons), words) ?? surface;
    }

    private static void Add(MentionContext c, int first, int last, string name) =>
        c.Add(new Mention { First = first, Last = last, Label = GraphLabels.Organization, Name = name, Key = EntityKeys.For(GraphLabels.Organization, name) });

    // Latin capitalised words (see CompoundNames), not a Latin name in brackets after a person's
    // («Пишетсридер (Bernd Pischetsrieder)»), nor a run of capitals («GENS UNA SUMUS»): a motto or a shout
    private static (int End, bool Name) Latin(MentionContext c, int i)
    {
        var t = c.Tokens;
        if (c.Lexicons.NotOrganizations.Contains(t[i].Lower) || (i > 0 && t[i - 1].Is('(') && i > 1 && c.OwnerOf(i - 2) == GraphLabels.Person))
        {
            return (i, false);
        }

        var end = CompoundNames.LatinEnd(c, i);
        if (end > i && Governor(c, i) == '-')
        {
            return (end, false); // «аркада Angry Birds», «сериал Doctor Who»: a product or a show
        }

        var capitals = 0;
        for (var k = i; k < end; k++)
        {
            capitals += t[k].IsAllCaps && t[k].Text.Length >= 3 && !t[k].Text.Any(char.IsDigit) ? 1 : 0;
        }

        var bracketed = i > 0 && t[i - 1].Is('(') && end < t.Count && t[end].Is(')');
        return (end, capitals < 2 && !(end == i + 1 && CompoundNames.IsShoutedWord(t[i]) && !bracketed));
    }

    /// <summary>The tag of a governing noun right before token <paramref name="i"/> ('O', '-'), or a blank.</summary>
    private static char Governor(MentionContext c, int i)
    {
        var t = c.Tokens;
        for (var k = i - 1; k >= 0 && k >= i - 3 && c.SameSentence(k, i); k--)
        {
            if (c.Lexicons.QuoteGovernors.LongestAt(t, k) is { } g && g.End == i)
            {
                return g.Entry.Tags.Contains('-', StringComparison.Ordinal) ? '-' : 'O';
            }
        }

        return ' ';
    }

    // «Спартак»: one to four words in quotes, the first capitalised, nothing before that names it
    private static int? Quoted(MentionContext c, int i)
    {
        var t = c.Tokens;
        if (!t[i].Is('«') || i + 1 >= t.Count || !t[i + 1].IsCapitalized || c.OwnerOf(i + 1) is not null)
        {
            return null;
        }

        // «корабль «Союз»», «Шаттл «Дискавери»»: a noun in front names a kind of thing, unless it is one
        // that governs a body («болельщики «Спартака»», «в интервью «Свободной прессе»»)
        var governor = Governor(c, i);
        if (governor == '-' || (governor != 'O' && i > 0 && t[i - 1].IsWord && t[i - 1].Text.Length > 3 && !Affixes.EndsWithAny(t[i - 1].Lower, VerbEndings)))
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

            // «Жара продолжается»: a title with a verb in it names an article or a work, not a body
            if (k > i + 1 && t[k].IsWord && !t[k].IsCapitalized && t[k].Text.Length > 4 && Affixes.EndsWithAny(t[k].Lower, TitleVerbEndings))
            {
                return null;
            }
        }

        return close;
    }
}
