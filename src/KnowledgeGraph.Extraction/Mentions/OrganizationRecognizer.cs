using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Naming;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// Organisations: names from the lexicon («Госдепартамента США», «ООН»), head-noun phrases
/// («Министерства иностранных дел Казахстана», «Институт Центральной Азии и Кавказа»,
/// «Посольство Казахстана в США»), quoted names after a descriptor («МИА «Казинформ»»,
/// компания «…») and upper-case abbreviations not known as something else («ЮСАИД»).
/// Head tags (org-heads.txt): gender m/f/n/p, '!' a strong head, '"' takes a quoted name,
/// 'в' takes «в + place».
/// </summary>
public sealed class OrganizationRecognizer : IMentionRecognizer
{

    public void Recognize(MentionContext context)
    {
        var t = context.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            if (!t[i].IsWord || !context.IsFree(i, i + 1))
            {
                continue;
            }

            var m = Dotted(context, i) ?? OrganizationRoles.At(context, i, Body) ?? Longer(FromLexicon(context, i), FromHead(context, i)) ?? FromAbbreviation(context, i);
            if (m is not null)
            {
                context.Add(m);
                i = m.Last - 1;
            }
        }
    }

    // the body after a role head: a lexicon name, a head-noun phrase or a dotted name
    private static Mention? Body(MentionContext c, int i) => Dotted(c, i) ?? Longer(FromLexicon(c, i), FromHead(c, i));

    private static Mention? Longer(Mention? lexicon, Mention? phrase) =>
        lexicon is null ? phrase : phrase is null || phrase.Last <= lexicon.Last ? lexicon : phrase;

    private static Mention? FromLexicon(MentionContext c, int i)
    {
        if ((c.Lexicons.Organizations.LongestAt(c.Tokens, i) ?? CapitalisedHead(c, i)) is not { } g || !c.IsFree(i, g.End))
        {
            return null;
        }

        // «японском МИДе»: a country adjective in front of an abbreviation names that country's body
        if (i > 0 && g.End == i + 1 && char.IsUpper(c.Tokens[i].Text[0]) && c.IsFree(i - 1, i) && c.SameSentence(i - 1, i)
            && c.Lexicons.CountryAdjectives.LongestAt(c.Tokens, i - 1) is { End: var e } && e == i)
        {
            var caps = new string(Chars.TakeWhile(c.Tokens[i].Text, char.IsUpper));
            if (caps.Length >= 2)
            {
                return Org(c, i - 1, i + 1, PhraseInflection.ToNominative(c.Tokens[i - 1].Lower, 'm') + " " + caps, null);
            }
        }

        // a name inside a lexicon name is part of it («Церковь» in «Русская православная церковь»)
        var (last, name, key) = LexiconOrg(c, i, g);
        return Org(c, i, last, name, last > g.End ? c.Surface(i, last) : null, key: key, innerFrom: g.End);
    }

    // «Первое издание книги», «Этот фонд …»: an ordinal or a pronoun opening the sentence counts or points, it names nothing
    private static bool CountsOrPoints(MentionContext c, int i) =>
        c.StartsSentence(i) && PhraseNominative.AnalyzerFor(c.Lexicons).Parse(c.Tokens[i].Text)
            .Where(r => r.Tag.PartOfSpeech == Morphology.PartOfSpeech.Adjective).ToList() is { Count: > 0 } adjectives
        && adjectives.All(r => r.Tag.HasAny(Morphology.Grammemes.OrdinalNumberAdjective | Morphology.Grammemes.PronominalAdjective));

    // «взаимоотношениям Церкви и общества»: a noun in any case, capitalised inside a sentence, whose capitalised
    // lemma is a one-word lexicon body («Церковь»); the lexicon's stems cannot follow a fleeting vowel (церковь, церкви)
    private static GazetteerMatch? CapitalisedHead(MentionContext c, int i)
    {
        var t = c.Tokens;
        if (!t[i].IsTitle || c.StartsSentence(i) || !Text.TextNormalizer.IsCyrillic(t[i].Text[0]))
        {
            return null;
        }

        // the answer follows from the word and the lexicons alone: worked out once per word
        return WordFacts.Of(t[i], c.Lexicons).BodyOfLemma is { } entry ? new GazetteerMatch(i, i + 1, entry) : null;
    }

    /// <summary>The one-word body of <paramref name="lexicons"/> that a noun reading's capitalised lemma of <paramref name="word"/> names, or null.</summary>
    internal static GazetteerEntry? BodyOfLemma(LexiconSet lexicons, string word)
    {
        foreach (var reading in PhraseNominative.AnalyzerFor(lexicons).Parse(word))
        {
            if (reading.Tag.PartOfSpeech != Morphology.PartOfSpeech.Noun || reading.Lemma.Length < 2)
            {
                continue;
            }

            // a lemma of letters alone is one token: unless it is some entry's canonical name, no entry can be found below
            if (!MayBeCanonical(lexicons.Organizations, reading.Lemma))
            {
                continue;
            }

            var lemma = Text.Tokenizer.Tokenize(TextCase.ToUpper(reading.Lemma[0]) + reading.Lemma[1..]);
            if (lexicons.Organizations.LongestAt(lemma, 0) is { End: 1 } known && known.Entry.Canonical == lemma[0].Text)
            {
                return known.Entry;
            }
        }

        return null;
    }

    /// <summary>
    /// False only when the lemma, capitalised, is a single word of letters (so the tokenizer makes it one token) that
    /// no entry of <paramref name="bodies"/> has for its canonical name: the check <see cref="CapitalisedHead"/> makes
    /// after tokenising it could not succeed.
    /// </summary>
    internal static bool MayBeCanonical(Gazetteer bodies, string lemma)
    {
        foreach (var ch in lemma)
        {
            if (!char.IsLetter(ch))
            {
                return true;
            }
        }

        Span<char> capitalised = lemma.Length <= 64 ? stackalloc char[lemma.Length] : new char[lemma.Length];
        lemma.AsSpan().CopyTo(capitalised);
        capitalised[0] = TextCase.ToUpper(lemma[0]);
        return bodies.IsCanonical(capitalised);
    }

    /// <summary>
    /// A lexicon name and a country in the genitive right after it, which belongs to it: «МИД Турции»
    /// is Turkey's ministry, named «МИД Турции» and keyed by the country's canonical name, so «МИД
    /// Турции» and «МИД Узбекистана» stay apart and «МИДа Турции» joins the first.
    /// </summary>
    private static (int Last, string Name, string Key) LexiconOrg(MentionContext c, int i, GazetteerMatch g)
    {
        var canonical = g.Entry.Canonical;
        if (c.Lexicons.Places.LongestAt(c.Tokens, g.End, GraphLabels.Country) is { } country
            && !canonical.Contains(country.Entry.Canonical, StringComparison.Ordinal) && c.IsFree(g.End, country.End) && c.SameSentence(i, g.End))
        {
            return (country.End, canonical + " " + c.Surface(g.End, country.End),
                MentionKeys.For(GraphLabels.Organization, canonical + " " + country.Entry.Canonical));
        }

        return (g.End, canonical, MentionKeys.For(GraphLabels.Organization, canonical));
    }

    private static Mention? FromHead(MentionContext c, int i)
    {
        var t = c.Tokens;
        if (c.Lexicons.OrgHeads.LongestAt(t, i) is not { } head || !c.IsFree(i, head.End))
        {
            return null;
        }

        // «корабль «Союз ТМА»»: a head word opening a quoted name is part of that name, judged elsewhere
        if (i > 0 && (t[i - 1].Is('«') || t[i - 1].Is('"')))
        {
            return null;
        }

        var tags = head.Entry.Tags;
        var gender = tags.Length > 0 ? tags[0] : 'm';
        if (NounNumber.IsPlural(t[i].Lower, head.Entry.Canonical, gender))
        {
            return null; // «аналитических центров»: plural heads name kinds, not bodies
        }

        var headCapital = t[i].IsCapitalized;

        var j = head.End;
        // a quoted name: capitalised and short («партия «Единая Россия»», not «союз «опасен для …»»)
        if (tags.Contains('"', StringComparison.Ordinal) && j + 1 < t.Count && c.ClosingQuote(j) is var close and > 0 && close - j <= 9
            && (t[j + 1].IsCapitalized || t[j + 1].Kind == TokenKind.Number) && c.IsFree(j, close + 1))
        {
            var quoted = c.Surface(j + 1, close);
            return Org(c, i, close + 1, quoted, c.Surface(i, close + 1), quoted: true);
        }

        if (tags.Contains('"', StringComparison.Ordinal) && t[i].IsAllCaps)
        {
            return null; // «ОАО», «МИА» without a quoted name
        }

        var (end, proper) = OrganizationComplement.Complement(c, head.End, tags);
        var strong = tags.Contains('!', StringComparison.Ordinal);
        // a capital that only opens the sentence names nothing («Группа известна …»), unless a quoted name
        // follows the complement («Центр современной культуры «Гараж»»)
        headCapital &= !c.StartsSentence(i) || (end < t.Count && (t[end].Is('«') || t[end].Is('"')));
        var first = LeftAdjectives(c, i, strong);

        // «Народной партии», «Большой театр»: a capitalised adjective names the body; «японское правительство»: a country adjective
        var named = first < i && ((t[first].IsCapitalized && !CountsOrPoints(c, first)) || strong);
        var accept = proper || named || (strong && (end > head.End || (headCapital && !c.StartsSentence(i)))) || (headCapital && end > head.End);
        if (!accept || c.Lexicons.Places.LongestAt(t, first) is { } place && place.End >= head.End)
        {
            return null; // «Российской Федерации» is a country, not a body
        }

        // «фонд Elevation Partners»: after a descriptor a Latin name is the name itself, as in quotes
        if (tags.Contains('"', StringComparison.Ordinal) && end > head.End && first == i && OrganizationComplement.LatinOnly(c, head.End, end))
        {
            return Org(c, i, end, c.Surface(head.End, end), c.Surface(i, end), quoted: true);
        }

        var words = new List<string>();
        // adjectives and a one-word head by the dictionary («Всемирной федерации» -> «Всемирная федерация»), else by endings
        var byDictionary = first < i && head.End == i + 1
            ? PhraseNominative.Of(PhraseNominative.AnalyzerFor(c.Lexicons), [.. t[first..(i + 1)].Select(x => x.Text)])
            : null;
        if (byDictionary is not null)
        {
            words.Add(byDictionary);
        }
        else
        {
            for (var a = first; a < i; a++)
            {
                words.Add(PhraseInflection.ToNominative(t[a].Text, gender));
            }

            words.Add(PhraseInflection.MatchCase(head.Entry.Canonical, t[i].Text));
        }
        if (end > head.End)
        {
            words.Add(OrganizationComplement.OwnCountry(c, c.Surface(head.End, end)));
        }

        return Org(c, first, end, string.Join(' ', words), null);
    }

    // capitalised adjectives in front of the head («Верховный суд», «Федеральная служба …»), or a country
    // adjective in front of a strong head («японское правительство»)
    private static int LeftAdjectives(MentionContext c, int head, bool strong)
    {
        var t0 = c.Tokens;
        if (strong && head > 0 && c.SameSentence(head - 1, head) && c.IsFree(head - 1, head) && c.Lexicons.CountryAdjectives.LongestAt(t0, head - 1) is { End: var e } && e == head)
        {
            return head - 1;
        }

        var t = c.Tokens;
        var first = head;
        while (first - 1 >= 0 && c.SameSentence(first - 1, head) && t[first - 1].IsWord && c.IsFree(first - 1, first)
               && PhraseInflection.LooksLikeAdjective(t[first - 1].Text) && first > head - 3 && OrganizationComplement.CanBeAdjective(c, t[first - 1].Text))
        {
            first--;
        }

        while (first < head && !t[first].IsCapitalized)
        {
            first++;
        }

        return first;
    }

    // «Яндекс.Маркет», «Лента.ру», «baltinfo.ru»: a site or a brand written with a dot is one name
    private static Mention? Dotted(MentionContext c, int i)
    {
        var end = CompoundNames.DottedEnd(c, i);
        return end > i && c.IsFree(i, end) ? Org(c, i, end, c.Surface(i, end), null, quoted: true) : null;
    }

    private static Mention? FromAbbreviation(MentionContext c, int i)
    {
        var t = c.Tokens[i];
        var bracketed = i > 0 && c.Tokens[i - 1].Is('(') && i + 1 < c.Tokens.Count && c.Tokens[i + 1].Is(')');
        if (!t.IsAllCaps || (CompoundNames.IsShoutedWord(t) && !bracketed) || t.Text.Length > 8 || t.Text.Length < 3 || c.Lexicons.NotOrganizations.Contains(t.Lower) || Chars.All(t.Text, ch => "IVXLCDM".Contains(ch, StringComparison.Ordinal))
            || c.Lexicons.Places.LongestAt(c.Tokens, i) is not null || c.Lexicons.PlaceHeads.LongestAt(c.Tokens, i) is not null || Chars.Any(t.Text, char.IsDigit))
        {
            return null;
        }

        bool Caps(int k) => k >= 0 && k < c.Tokens.Count && c.Tokens[k].IsAllCaps && c.SameSentence(i, k);
        if (Caps(i - 1) && Caps(i + 1))
        {
            return null; // a headline in capitals
        }

        bool LatinCaps(int k) => Caps(k) && CompoundNames.IsLatinWord(c.Tokens[k]) && c.Tokens[k].Text.Length >= 3;
        if (CompoundNames.IsLatinWord(t) && (LatinCaps(i - 1) || LatinCaps(i + 1)))
        {
            return null; // «GENS UNA SUMUS»: Latin words in capitals are a motto, not a body
        }

        return Org(c, i, i + 1, t.Text, null);
    }

    private static Mention Org(MentionContext c, int first, int last, string name, string? alias, bool quoted = false, string? key = null, int? innerFrom = null)
    {
        // a lexicon organisation inside a longer name is a mention of its own («пресс-служба МЧС», «комиссия ЕС»)
        for (var k = innerFrom ?? first + 1; k < last && !quoted; k++)
        {
            // … but «корпорация Google», «агентство Рейтер» are one name: a one-word lexicon name making up the whole
            // complement stays inside («комиссия Европейского союза» is a body of another: two mentions)
            if (c.Lexicons.Organizations.LongestAt(c.Tokens, k) is { } inner && inner.End <= last
                && !(k == first + 1 && inner.End == last && !c.Tokens[k].IsAllCaps && (inner.End == k + 1 || !Text.TextNormalizer.IsCyrillic(c.Tokens[k].Text[0]))))
            {
                var (innerLast, innerName, innerKey) = LexiconOrg(c, k, inner);
                innerLast = Math.Min(innerLast, last);
                c.Add(new Mention { First = k, Last = innerLast, Label = GraphLabels.Organization, Name = innerLast > inner.End ? innerName : inner.Entry.Canonical, Key = innerLast > inner.End ? innerKey : MentionKeys.For(GraphLabels.Organization, inner.Entry.Canonical) });
                k = innerLast - 1;
            }
        }

        return new Mention { First = first, Last = last, Label = GraphLabels.Organization, Name = name, Key = key ?? MentionKeys.For(GraphLabels.Organization, name), Alias = alias };
    }
}
