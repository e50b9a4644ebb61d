using KnowledgeGraph.Extraction.Naming;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// What follows the head noun of an organisation name: genitive words («министерства торговли»),
/// known places and bodies («Посольство Казахстана»), capitalised words that are not a person's
/// name, «по …» and «при …» phrases, «и» joining two proper parts, «в + place» for embassies.
/// </summary>
public static class OrganizationComplement
{
    private const int MaxComplement = 7;

    /// <summary>The genitive (or «по …», «в + place») words after a head: end token and whether a proper name is among them.</summary>
    public static (int End, bool Proper) Complement(MentionContext c, int j, string tags)
    {
        var t = c.Tokens;
        var end = j;
        var proper = false;
        var closed = false; // after a known place or body only proper names may follow
        var start = j;
        while (end < t.Count && end - start < MaxComplement && c.SameSentence(start - 1, end))
        {
            var k = end;
            var tok = t[k];
            // a person, a work, or a position or body head that opens a phrase of its own («… министров глава правительства …»);
            // after a capital it goes on the name («офис Торгового представителя США»)
            // (a plural head is a genitive complement: «Союз координационных советов»)
            if (c.OwnerOf(k) is GraphLabels.Person or GraphLabels.Work
                || (!tok.IsCapitalized && !t[k - 1].IsCapitalized && (c.Lexicons.Positions.LongestAt(t, k) is not null || SingularHead(c, k))))
            {
                break;
            }

            if (c.Lexicons.Places.LongestAt(t, k) is { } place)
            {
                end = place.End;
                proper = closed = true;
                continue;
            }

            if (c.Lexicons.Organizations.LongestAt(t, k) is { } org)
            {
                end = org.End;
                proper = closed = true;
                continue;
            }

            // «компания Procter & Gamble», «оператор Tele2»: a Latin name is taken whole
            if (!closed && c.OwnerOf(k) is null && CompoundNames.LatinEnd(c, k) is var latin && latin > k)
            {
                end = latin;
                proper = true;
                continue;
            }

            // after a known place or body a new capitalised word starts something else («правительства Ирака Салим …»)
            if (tok.IsCapitalized && tok.IsWord && !closed && c.OwnerOf(k) is null && !c.Lexicons.FirstNames.LongestAt(t, k).HasValue && !StartsName(c, k))
            {
                end = k + 1;
                proper = true;
                continue;
            }

            // «комитет по делам молодежи», «Совет при Президенте»
            if (tok.Lower is "по" or "при" && tags.Contains('п', StringComparison.Ordinal))
            {
                var stop = k + 1;
                while (stop < t.Count && stop < k + 4 && t[stop].IsWord && t[stop].Lower is not ("и" or "в" or "на" or "с")
                       && (stop == k + 1 || !t[stop].IsCapitalized || c.Lexicons.Places.LongestAt(t, stop) is not null))
                {
                    stop++;
                }

                if (stop > k + 1)
                {
                    end = stop;
                    continue;
                }

                break;
            }

            // … but «Министерство обороны Грузии и Минобороны Армении» are two bodies: a known body or a head after «и» starts the second
            if (tok.Lower is "и" && end > start && k + 2 < t.Count && t[k + 1].IsCapitalized && t[k - 1].IsCapitalized
                && c.Lexicons.Organizations.LongestAt(t, k + 1) is null && c.Lexicons.OrgHeads.LongestAt(t, k + 1) is null)
            {
                // take «и» only with what follows it: «Азии и Кавказа», not «Oracle и» before a name
                var (after, afterProper) = Complement(c, k + 1, tags);
                if (after > k + 1)
                {
                    end = after;
                    proper |= afterProper;
                }

                break;
            }

            if (tags.Contains('в', StringComparison.Ordinal) && tok.Lower is "в" or "во" && k + 1 < t.Count && c.Lexicons.Places.LongestAt(t, k + 1) is { } where)
            {
                end = where.End;
                proper = true;
                break;
            }

            if (tok.IsWord && !tok.IsCapitalized && !closed && (WordShapes.LooksGenitive(tok.Lower) || (k > start && t[k - 1].Lower.EndsWith("ых", StringComparison.Ordinal))) && end - start < 3)
            {
                end = k + 1;
                continue;
            }

            break;
        }

        return (end, proper);
    }

    // «концерна Бернд Пишетсридер»: two unknown capitalised nouns in a row are more likely a person's name than a complement
    private static bool StartsName(MentionContext c, int k)
    {
        var t = c.Tokens;
        if (!Text.TextNormalizer.IsCyrillic(t[k].Text[0]))
        {
            return false; // Latin words after a head are the body's name («фонд Elevation Partners»)
        }

        // «клуба Тоттенхэм Хотспур Олег Марков»: a person's name found right after is the name; these words are not
        if (c.OwnerOf(k + 1) == GraphLabels.Person || (k + 2 < t.Count && c.OwnerOf(k + 2) == GraphLabels.Person && c.SameSentence(k, k + 2)))
        {
            return false;
        }

        return k + 1 < t.Count && c.SameSentence(k, k + 1) && t[k].IsTitle && t[k + 1].IsTitle
               && c.Lexicons.Places.LongestAt(t, k) is null && c.Lexicons.Places.LongestAt(t, k + 1) is null
               && c.Lexicons.Organizations.LongestAt(t, k + 1) is null && c.Lexicons.OrgHeads.LongestAt(t, k + 1) is null;
    }

    /// <summary>Whether a word ending like an adjective reads as one: «Решение» in «Решение банка» is a noun.</summary>
    public static bool CanBeAdjective(MentionContext c, string word) =>
        PhraseNominative.AnalyzerFor(c.Lexicons).Parse(word) is not { Count: > 0 } readings
        || readings.Any(r => r.Tag.PartOfSpeech is Morphology.PartOfSpeech.Adjective or Morphology.PartOfSpeech.Participle);

    public static bool LatinOnly(MentionContext c, int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            if (c.Tokens[k].IsWord && Text.TextNormalizer.IsCyrillic(c.Tokens[k].Text[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SingularHead(MentionContext c, int k) =>
        c.Lexicons.OrgHeads.LongestAt(c.Tokens, k) is { } h
        && !NounNumber.IsPlural(c.Tokens[k].Lower, h.Entry.Canonical, h.Entry.Tags.Length > 0 ? h.Entry.Tags[0] : 'm');

    // «Посольство нашей страны» -> «Посольство Казахстана» when the article's country is known
    public static string OwnCountry(MentionContext c, string complement)
    {
        foreach (var ours in (string[])["нашей страны", "нашего государства"])
        {
            if (complement.Contains(ours, StringComparison.Ordinal) && !string.IsNullOrEmpty(c.HomeCountry))
            {
                return complement.Replace(ours, Genitive.OfName(c.HomeCountry), StringComparison.Ordinal);
            }
        }

        return complement;
    }
}
