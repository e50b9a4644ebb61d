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
        HashSet<string>? things = null;
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

            if (BeforePerson(context, i))
            {
                Add(context, i, i + 1, Nominative(context, i, i + 1));
                continue;
            }

            if (Quoted(context, i) is { } close && !NamesThing(context, i + 1, close, things ??= Things(context)))
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
            if (!c.Tokens[k].IsWord || Chars.Any(c.Tokens[k].Text, char.IsDigit) || c.Tokens[k].IsAllCaps)
            {
                return surface;
            }

            words.Add(c.Tokens[k].Text);
        }

        return Naming.PhraseNominative.Of(Naming.PhraseNominative.AnalyzerFor(c.Lexicons), words) ?? surface;
    }

    private static void Add(MentionContext c, int first, int last, string name) =>
        c.Add(new Mention { First = first, Last = last, Label = GraphLabels.Organization, Name = name, Key = MentionKeys.For(GraphLabels.Organization, name) });

    // Latin capitalised words (see CompoundNames), not a Latin name in brackets after a person's
    // («Пишетсридер (Bernd Pischetsrieder)»), nor a run of capitals («GENS UNA SUMUS»): a motto or a shout
    private static (int End, bool Name) Latin(MentionContext c, int i)
    {
        var t = c.Tokens;
        // most words are not Latin: their run ends where it starts, which the caller passes whatever the flag says, so the
        // look-up of the word among the non-organisations is left for the Latin ones (it was made for every free word)
        if (!CompoundNames.IsLatinName(t[i]) || c.Lexicons.NotOrganizations.Contains(t[i].Lower)
            || (i > 0 && t[i - 1].Is('(') && i > 1 && c.OwnerOf(i - 2) == GraphLabels.Person))
        {
            return (i, false);
        }

        var end = CompoundNames.LatinEnd(c, i);
        // «Corus Chess Tournament», «Davis Cup»: the last word makes the name an event or a prize
        if ((end > i && Governor(c, i) == '-') || (end > i + 1 && c.Lexicons.NotOrganizations.Contains(t[end - 1].Lower)))
        {
            return (end, false); // «аркада Angry Birds», «сериал Doctor Who»: a product or a show
        }

        var capitals = 0;
        for (var k = i; k < end; k++)
        {
            capitals += t[k].IsAllCaps && t[k].Text.Length >= 3 && !Chars.Any(t[k].Text, char.IsDigit) ? 1 : 0;
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

    // «защитник Арсенала Пётр Сидоров»: between a noun that governs a body and a person's name, an unquoted
    // capitalised word is the body the person plays or works for
    private static bool BeforePerson(MentionContext c, int i)
    {
        var t = c.Tokens;
        if (!t[i].IsWord || !t[i].IsTitle || !TextNormalizer.IsCyrillic(t[i].Text[0]) || i + 1 >= t.Count || !c.SameSentence(i, i + 1)
            || c.OwnerOf(i + 1) != GraphLabels.Person || Governor(c, i) != 'O' || c.Lexicons.FirstNames.LongestAt(t, i) is not null)
        {
            return false;
        }

        // «тренер Соколов Иван Петрович»: a word shaped like a surname before a name with none of its own is that surname
        return PersonAt(c, i + 1)?.Person is { SurnameForm: not null }
            && !SurnameShaped(c, t[i].Lower)
            && !Naming.PhraseNominative.AnalyzerFor(c.Lexicons).Parse(t[i].Text).Any(r => r.Tag.IsSurname);
    }

    // the first person mention starting at token first
    private static Mention? PersonAt(MentionContext c, int first)
    {
        foreach (var m in c.Mentions)
        {
            if (m.First == first && m.Label == GraphLabels.Person)
            {
                return m;
            }
        }

        return null;
    }

    // a surname's nominative ending with at least two letters before it
    private static bool SurnameShaped(MentionContext c, string lower)
    {
        foreach (var (suffix, _) in c.Lexicons.SurnameSuffixes)
        {
            if (lower.EndsWith(suffix, StringComparison.Ordinal) && lower.Length > suffix.Length + 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The names an article once calls a thing, by the stem of their first word: after «корабль «Союз ТМА-11»»
    /// or «шаттл «Атлантис»», every «Союза», «Атлантис» in quotes in that article is the craft too.
    /// </summary>
    private static HashSet<string> Things(MentionContext c)
    {
        var t = c.Tokens;
        var things = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < t.Count; i++)
        {
            if ((t[i].Is('«') || t[i].Is('"')) && t[i + 1].IsWord && Governor(c, i) == '-')
            {
                things.Add(StemOf(t[i + 1]));
            }
        }

        return things;
    }

    private static string StemOf(Token word) => word.Lower.Length <= 4 ? word.Lower : word.Lower[..4];

    // a thing named before, or a model code inside the quotes («Союз ТМА-7», «Союз-5»): a craft or a product, not a body
    private static bool NamesThing(MentionContext c, int first, int last, HashSet<string> things)
    {
        var t = c.Tokens;
        if (things.Contains(StemOf(t[first])))
        {
            return true;
        }

        for (var k = first; k < last; k++)
        {
            // «Шахматный турнир Корус», «Классический чемпион мира»: an event or a title inside names no body
            if (IsModelCode(t[k].Text) || (k > first && !t[k].IsCapitalized
                && (c.Lexicons.EventNouns.LongestAt(t, k) is not null || c.Lexicons.Positions.LongestAt(t, k) is not null)))
            {
                return true;
            }
        }

        return false;
    }

    // «ТМА-7», «Союз-5», «Ту-154»: letters, a hyphen and a number
    private static bool IsModelCode(string word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 && dash < word.Length - 1 && word.AsSpan(dash + 1).IndexOfAnyExceptInRange('0', '9') < 0 && char.IsLetter(word[dash - 1]);
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
