using KnowledgeGraph.Extraction.Naming;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Case forms of titles. A title's head word is brought to the nominative singular by stripping a
/// case ending and checking that what remains is a title of the lexicon whose declension has that
/// ending («Президента» -> «Президент», «руководителем» -> «руководитель», «главой» -> «глава»,
/// «послом» -> «посол» with its fleeting «о», «членами» -> «член»); substantivised participles go
/// through the adjective rule («командующим» -> «командующий»). Adjectives before the head agree
/// with it and go to the nominative too; genitive complements after it stay as written.
/// </summary>
internal static class TitleForms
{
    // longest first, so that «-ами» is tried before «-и»
    private static readonly string[] CaseEndings =
        ["ами", "ями", "ом", "ем", "ой", "ей", "ов", "ев", "ам", "ям", "ах", "ях", "а", "я", "у", "ю", "е", "ы", "и", ""];

    // how the zero ending of a genitive plural («глав регионов») is reported: as the plural genitive ending
    private const string ZeroPlural = "ов";

    // soft stems: «руководител-ь», «секретар-ь»; a hard stem takes the same «-е», «-ем», «-и» endings
    private static readonly string[] SoftStems = ["тел", "секретар", "вратар", "корол", "цар"];

    /// <summary>
    /// The nominative singular of a title word (folded, lower case), and the case ending it carried;
    /// the word itself and an empty ending when it is not a known title form.
    /// </summary>
    public static (string Nominative, string Ending) Noun(string lower, TriggerIndex titles)
    {
        if (PhraseInflection.LooksLikeAdjective(lower) && PhraseInflection.ToNominative(lower, 'm') is var adj
            && (adj.EndsWith("щий", StringComparison.Ordinal) || adj.EndsWith("нный", StringComparison.Ordinal)) && IsTitle(adj, titles))
        {
            return (adj, lower[^Math.Min(lower.Length, 2)..]);
        }

        // candidates are spelt in a buffer: a string is taken only for one that is a title (the lexicon's own)
        Span<char> buffer = lower.Length <= 64 ? stackalloc char[lower.Length + 2] : new char[lower.Length + 2];
        foreach (var ending in CaseEndings)
        {
            if (!lower.EndsWith(ending, StringComparison.Ordinal) || lower.Length - ending.Length < 2)
            {
                continue;
            }

            var stem = lower.AsSpan(0, lower.Length - ending.Length);
            var soft = Text.Affixes.EndsWithAny(stem, SoftStems);
            for (var c = 0; c < CandidateCount; c++)
            {
                if (Candidate(stem, soft, c, buffer) is not { Length: > 0 } candidate || TitleOf(candidate, titles) is not { } title)
                {
                    continue;
                }

                if (c is 1 or 2 || NounForms.Fits(lower, title, 'm') || NounForms.Fits(lower, title, 'f'))
                {
                    // a bare stem shorter than its nominative is the genitive plural of «глава»: «глав»
                    return (title, ending.Length == 0 && title.Length > lower.Length ? ZeroPlural : ending);
                }
            }
        }

        return (lower, string.Empty);
    }

    /// <summary>Whether a title word stands in the nominative singular («президент», «глава»), as the subject of a clause does.</summary>
    public static bool IsNominative(string lower, TriggerIndex titles) => Noun(lower, titles).Nominative == lower;

    /// <summary><see cref="IsNominative(string, TriggerIndex)"/> of the word at token <paramref name="k"/>, read once per token.</summary>
    public static bool IsNominative(SentenceView v, int k, TriggerIndex titles) => v.TitleNoun(k, titles).Nominative == v.Word(k);

    /// <summary>A case ending of <see cref="Noun"/> that only a plural title takes («министрами», «министров», «министрах», «министрам»).</summary>
    public static bool IsPluralEnding(string ending) => ending is "ами" or "ями" or "ов" or "ев" or "ах" or "ях" or "ам" or "ям";

    /// <summary>
    /// Whether an adjective before a masculine title is in the title's case: «действующего президента»
    /// agrees, «действий президента» (a noun in the genitive plural) does not.
    /// </summary>
    public static bool Agrees(string adjective, string title, TriggerIndex titles) => Agrees(adjective, title, Noun(title, titles));

    /// <summary><see cref="Agrees(string, string, TriggerIndex)"/> with the title's <see cref="Noun"/> reading given.</summary>
    public static bool Agrees(string adjective, string title, (string Nominative, string Ending) noun)
    {
        var (nominative, ending) = noun;
        if (nominative == title && ending.Length == 0 && !title.EndsWith('а') && !title.EndsWith('я'))
        {
            return EndsWithAny(adjective, "ый", "ий", "ой");
        }

        return ending switch
        {
            "а" or "я" when !nominative.EndsWith('а') => EndsWithAny(adjective, "ого", "его"),
            "у" or "ю" => EndsWithAny(adjective, "ому", "ему", "ую", "юю"),
            "ом" or "ем" => EndsWithAny(adjective, "ым", "им"),
            "е" => EndsWithAny(adjective, "ом", "ем", "ой", "ей"),
            "ы" or "и" => EndsWithAny(adjective, "ые", "ие", "ой", "ей"),
            "ов" or "ев" or "ах" or "ях" => EndsWithAny(adjective, "ых", "их"),
            "ам" or "ям" => EndsWithAny(adjective, "ым", "им"),
            "ами" or "ями" => EndsWithAny(adjective, "ыми", "ими"),
            "ой" or "ей" => EndsWithAny(adjective, "ой", "ей"),
            _ => true,
        };
    }

    /// <summary>
    /// The title phrase of tokens [<paramref name="first"/>, <paramref name="next"/>) in the nominative:
    /// adjectives before the first title word and that word itself change, the rest is the text as written.
    /// </summary>
    public static string Phrase(SentenceView v, string text, TriggerIndex titles, int first, int next)
    {
        var last = Math.Max(first, next - 1);
        while (last > first && !v.Tokens[last].IsWord && v.Tokens[last].Lower is not ("»" or "\""))
        {
            last--;
        }

        var head = HeadIn(v, titles, first, last);
        if (head < 0)
        {
            return text[v.Tokens[first].Start..v.Tokens[last].End];
        }

        var noun = v.TitleNoun(head, titles).Nominative;
        // «глава» and the «зам-» compounds of «заместитель» («замминистра», «зампредседателя») are masculine
        var gender = (noun.EndsWith('а') || noun.EndsWith('я')) && noun != "глава" && !noun.StartsWith("зам", StringComparison.Ordinal) ? 'f' : 'm';
        var parts = new List<string>();
        for (var k = first; k < head; k++)
        {
            var surface = text[v.Tokens[k].Start..v.Tokens[k].End];
            parts.Add(v.Tokens[k].IsWord && PhraseInflection.LooksLikeAdjective(v.Tokens[k].Lower) ? PhraseInflection.ToNominative(surface, gender) : surface);
        }

        var headSurface = text[v.Tokens[head].Start..v.Tokens[head].End];
        parts.Add(headSurface.Length == noun.Length && Tokenizer.Fold(headSurface) == noun ? headSurface : PhraseInflection.MatchCase(noun, headSurface));
        var result = string.Join(' ', parts);
        return head < last ? result + text[v.Tokens[head].End..v.Tokens[last].End] : result;
    }

    /// <summary>
    /// The first token of a title with the adjectives in front that agree with it: «Генерального секретаря»,
    /// but not «Решение Президента» (a noun in -ие is no adjective of «Президента»).
    /// </summary>
    public static int Start(SentenceView v, TriggerIndex titles, TriggerMatch title)
    {
        var at = Head(v, title);
        var head = v.Word(at);
        var a = title.First;
        while (a > 0 && title.First - a < 2 && Adjectives.Looks(v, a - 1) && Agrees(v.Word(a - 1), head, v.TitleNoun(at, titles)))
        {
            a--;
        }

        return a;
    }

    /// <summary>The head word of a matched title: its first word that is not an adjective.</summary>
    public static int Head(SentenceView v, TriggerMatch m)
    {
        for (var k = m.First; k < m.Last; k++)
        {
            if (!Adjectives.Looks(v, k))
            {
                return k;
            }
        }

        return m.Last;
    }

    /// <summary>The first word of a title in [first, last] that is not an adjective («главного тренера» -> «тренера»).</summary>
    private static int HeadIn(SentenceView v, TriggerIndex titles, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (v.Longest(titles, i) is { } m)
            {
                return Head(v, m);
            }
        }

        return -1;
    }

    private const int CandidateCount = 6;

    /// <summary>
    /// The <paramref name="which"/>-th nominative a title stem may have, spelt in <paramref name="buffer"/>
    /// (empty when there is none): the stem itself (with «ь» when soft), the two readings of a fleeting
    /// vowel (1 and 2), then the stem with «й», «а», «я».
    /// </summary>
    private static ReadOnlySpan<char> Candidate(ReadOnlySpan<char> stem, bool soft, int which, Span<char> buffer)
    {
        switch (which)
        {
            case 0:
                return soft ? Spell(buffer, stem, "ь") : stem;
            case 1 or 2:
                // the fleeting vowel: «посл-а» -> «посол», «певц-а» -> «певец», «владельц-ем» -> «владелец»
                if (stem.Length < 3 || IsVowel(stem[^1]) || IsVowel(stem[^2]))
                {
                    return [];
                }

                var keep = which == 1 || stem[^2] != 'ь' ? stem.Length - 1 : stem.Length - 2;
                stem[..keep].CopyTo(buffer);
                buffer[keep] = which == 1 ? 'о' : 'е';
                buffer[keep + 1] = stem[^1];
                return buffer[..(keep + 2)];
            case 3:
                return Spell(buffer, stem, "й");
            case 4:
                return Spell(buffer, stem, "а");
            default:
                return Spell(buffer, stem, "я");
        }
    }

    private static ReadOnlySpan<char> Spell(Span<char> buffer, ReadOnlySpan<char> stem, string ending)
    {
        stem.CopyTo(buffer);
        ending.CopyTo(buffer[stem.Length..]);
        return buffer[..(stem.Length + ending.Length)];
    }

    // derived titles list every case form, so only the nominative of an entry counts as the title itself
    private static bool IsTitle(string word, TriggerIndex titles) => TitleOf(word, titles) is not null;

    /// <summary>The title spelt <paramref name="word"/> (the lexicon's own string when the titles were derived from it), or null.</summary>
    private static string? TitleOf(ReadOnlySpan<char> word, TriggerIndex titles)
    {
        if (titles.Lemmas is not null)
        {
            return titles.TryGetLemma(word, out var lemma) ? lemma : null;
        }

        var text = word.ToString();
        return titles.Longest([new Token(0, text.Length, text, true)], 0) is { Length: 1 } ? text : null;
    }

    private static bool EndsWithAny(string word, params ReadOnlySpan<string> endings) => Text.Affixes.EndsWithAny(word, endings);

    private static bool IsVowel(char c) => "аеёиоуыэюя".Contains(c, StringComparison.Ordinal);
}
