using KnowledgeGraph.Extraction.Naming;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Names an event from its mention: the adjectives in front (in the nominative), the canonical noun, then what
/// follows: a body («саммит ШОС»), a quoted name («фестиваль «Новая волна»»), «мира/Европы по …» («чемпионат мира
/// по хоккею»), a place («визит в Вашингтон») or an occasion («по случаю …», «в честь …»).
/// «рабочий визит в Вашингтон» -> «Рабочий визит в Вашингтон»; «визита» -> «Визит».
/// A name is proper (the event is a particular, named one) when the text writes it with a capital inside the
/// sentence («Всемирного экономического форума») or its complement is a body, a quoted name or «мира по …».
/// </summary>
internal static class EventNaming
{
    private const int MaxOccasionWords = 8;
    private const int MaxQuotedWords = 6;

    public static (string Name, bool Proper) Name(SentenceView v, int head, string canonical, string text)
    {
        // adjectives in front: any in the nominative; in another case only a name's, written with a capital
        // («Всемирного экономического форума»), never a noun phrase's («золотых медалей чемпионата»)
        var first = Adjectives.StartBefore(v, head, nominative: IsFoldOf(v.Tokens[head].Lower, canonical));
        if (first == head && Adjectives.StartBefore(v, head) is var oblique && oblique < head && CapitalInside(v, oblique, text))
        {
            first = oblique;
        }

        var gender = canonical.EndsWith('а') || canonical.EndsWith('я') ? 'f' : canonical.EndsWith('е') || canonical.EndsWith('о') ? 'n' : 'm';
        var parts = new List<string>();
        for (var k = first; k < head; k++)
        {
            parts.Add(PhraseInflection.ToNominative(v.Tokens[k].Lower, gender));
        }

        parts.Add(canonical);
        var (complement, proper) = Complement(v, head + 1, text);
        var capital = CapitalInside(v, first, text);
        // a bare noun («Совещание» at a sentence's start) is never a name of its own
        return (Capitalise(string.Join(' ', parts) + complement), (proper || capital) && parts.Count + complement.Length > 1);
    }

    private static (string Text, bool Proper) Complement(SentenceView v, int at, string text)
    {
        var w = v.Word(at);
        // a body in the genitive («саммит ШОС», «сессия Исполнительного совета»), not the subject of the next
        // clause in the nominative («Открывая конференцию, газета …»)
        if (v.MentionAt(at) is { } body && body.First == at && body.Label is GraphLabels.Organization
            && (!body.LooksNominative || IsAbbreviation(text[body.Start..body.End])))
        {
            return (" " + text[body.Start..body.End], true);
        }

        if (w is "«" or "\"" && QuotedEnd(v, at) is { } close)
        {
            return (" «" + text[v.Tokens[at + 1].Start..v.Tokens[close - 1].End] + "»", true);
        }

        if (w is "мира" or "европы" or "азии" or "африки" or "америки" && v.Word(at + 1) == "по" && v.Tokens.Count > at + 2 && v.Tokens[at + 2].IsWord)
        {
            var end = at + 2;
            while (end + 1 < v.Tokens.Count && end - at < 4 && v.Tokens[end + 1].IsWord && Adjectives.Looks(v, end))
            {
                end++; // «по легкой атлетике»
            }

            return (" " + text[v.Tokens[at].Start..v.Tokens[end].End], true);
        }

        if (w is "в" or "во" && v.NextMention(at + 1) is { } place && place.First == at + 1 && place.IsPlace)
        {
            return (" в " + place.Entity.Name, false);
        }

        var occasion = (w == "по" && v.Word(at + 1) == "случаю") || (w == "в" && v.Word(at + 1) == "честь")
            || (w is "к" or "ко" or "по" or "о" or "об");
        if (!occasion)
        {
            return (string.Empty, false);
        }

        var last = at;
        var words = 0;
        while (last < v.Tokens.Count && v.Tokens[last].IsWord && words++ < MaxOccasionWords)
        {
            last++;
        }

        return (last - at < 2 ? string.Empty : " " + text[v.Tokens[at].Start..v.Tokens[last - 1].End], false);
    }

    private static bool IsFoldOf(string lower, string canonical)
    {
        var buffer = canonical.Length <= 64 ? stackalloc char[canonical.Length] : new char[canonical.Length];
        return Tokenizer.Fold(canonical, buffer).SequenceEqual(lower);
    }

    private static bool IsAbbreviation(string s) => s.Length is > 1 and < 8 && s.All(c => char.IsUpper(c) || char.IsDigit(c));

    /// <summary>A word written with a capital that is not the first of its sentence, line or quotation.</summary>
    private static bool CapitalInside(SentenceView v, int k, string text)
    {
        if (k == 0 || !char.IsUpper(text[v.Tokens[k].Start]) || v.Tokens[k - 1].Lower is "«" or "\"" or "." or ":" or "-")
        {
            return false;
        }

        return text.AsSpan(v.Tokens[k - 1].End, v.Tokens[k].Start - v.Tokens[k - 1].End).IndexOf('\n') < 0;
    }

    /// <summary>The closing quote of a short quoted name opening at <paramref name="open"/>.</summary>
    private static int? QuotedEnd(SentenceView v, int open)
    {
        for (var k = open + 1; k < v.Tokens.Count && k - open <= MaxQuotedWords + 1; k++)
        {
            if (v.Word(k) is "»" or "\"")
            {
                return k > open + 1 ? k : null;
            }
        }

        return null;
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : TextCase.ToUpper(s[0]) + s[1..];
}
