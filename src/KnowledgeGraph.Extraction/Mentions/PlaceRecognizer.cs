using KnowledgeGraph.Extraction.Naming;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// Places: countries, cities and other places from the lexicon in any case («Казахстане»,
/// «РК», «Нур-Султаном»), also inside organisation names; places named with a descriptor
/// («Свердловской области», «штат Аризона»); and countries meant by an adjective where the
/// country is clearly the actor: «Американская сторона», «казахстанско-американского».
/// </summary>
public sealed class PlaceRecognizer : IMentionRecognizer
{
    public void Recognize(MentionContext context)
    {
        var t = context.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            if (!t[i].IsWord || context.OwnerOf(i) is GraphLabels.Person or GraphLabels.Work || context.PlaceInside[i])
            {
                continue;
            }

            var m = FromLexicon(context, i) ?? WithDescriptor(context, i) ?? Metonym(context, i) ?? AfterIn(context, i);
            if (m is not null)
            {
                context.Add(m);
                i = m.Last - 1;
            }
            else
            {
                Compound(context, i);
            }
        }
    }

    private static Mention? FromLexicon(MentionContext c, int i)
    {
        if (c.Lexicons.Places.LongestAt(c.Tokens, i) is not { } g)
        {
            return null;
        }

        // «Бавария», «Колумбия» in quotes name a club or a ship after the place, not the place
        if (i > 0 && g.End < c.Tokens.Count && c.Tokens[i - 1].Is('«') && c.Tokens[g.End].Is('»'))
        {
            return null;
        }

        for (var k = i; k < g.End; k++)
        {
            if (c.OwnerOf(k) is GraphLabels.Person or GraphLabels.Work)
            {
                return null;
            }
        }

        if (PlaceGuards.IsSurnameNotCity(c, i, g))
        {
            return null;
        }

        // «Северной Европе», «Восточный Иерусалим»: a compass adjective in front makes a part of the place
        if (i > 0 && c.IsFree(i - 1, i) && c.SameSentence(i - 1, i) && c.Tokens[i - 1].IsWord && Text.Affixes.StartsWithAny(c.Tokens[i - 1].Lower, CompassStems)
            && PhraseInflection.LooksLikeAdjective(c.Tokens[i - 1].Text) && g.Entry.Label != GraphLabels.Country)
        {
            var adjective = PhraseInflection.ToNominative(c.Tokens[i - 1].Text, GenderOf(g.Entry.Canonical));
            var name = TextCase.ToUpper(adjective[0]) + adjective[1..] + " " + g.Entry.Canonical;
            return Place(GraphLabels.Location, i - 1, g.End, name);
        }

        return Place(g.Entry.Label, i, g.End, g.Entry.Canonical);
    }

    private static readonly string[] CompassStems = ["северн", "южн", "западн", "восточн", "центральн", "северо-", "юго-"];

    private static char GenderOf(string name) => name[^1] switch
    {
        'а' or 'я' => 'f',
        'о' or 'е' => 'n',
        'ы' or 'и' => 'p',
        _ => 'm',
    };

    // «Свердловской области» (capitalised adjective + descriptor), «штат Аризона» (descriptor + capitalised word)
    private static Mention? WithDescriptor(MentionContext c, int i)
    {
        var t = c.Tokens;
        if (!c.IsFree(i, i + 1))
        {
            return null;
        }

        if (t[i].IsTitle && !c.StartsSentence(i) && PhraseInflection.LooksLikeAdjective(t[i].Text) && i + 1 < t.Count && c.IsFree(i + 1, i + 2)
            && c.Lexicons.PlaceHeads.LongestAt(t, i + 1) is { } h1 && c.IsFree(i + 1, h1.End))
        {
            // «Чукотский автономный округ», «Чечено-Ингушской АССР»
            var gender = h1.Entry.Tags.Length > 0 ? h1.Entry.Tags[0] : 'f';
            return Place(GraphLabels.Location, i, h1.End, PhraseInflection.ToNominative(t[i].Text, gender) + " " + h1.Entry.Canonical);
        }

        if (c.Lexicons.PlaceHeads.LongestAt(t, i) is { } h2 && h2.End < t.Count && c.SameSentence(i, h2.End)
            && t[h2.End].IsTitle && c.IsFree(h2.End, h2.End + 1) && !c.Lexicons.NotNames.Contains(t[h2.End].Lower)
            && c.Lexicons.Places.LongestAt(t, h2.End) is null)
        {
            return Place(GraphLabels.Location, i, h2.End + 1, h2.Entry.Canonical + " " + t[h2.End].Text);
        }

        return null;
    }

    // «в Тусоне», «в Белфасте»: an unknown capitalised word in the prepositional case after «в»
    private static Mention? AfterIn(MentionContext c, int i)
    {
        var t = c.Tokens;
        var w = t[i];
        if (i == 0 || t[i - 1].Lower is not ("в" or "во") || !w.IsTitle || !c.IsFree(i, i + 1) || !c.SameSentence(i - 1, i) || w.Text.Length < 4
            || !Text.Chars.All(w.Text, ch => Text.TextNormalizer.IsCyrillic(ch) || ch == '-') || !w.Lower.EndsWith('е') || w.Lower.EndsWith("ие", StringComparison.Ordinal)
            || (i + 1 < t.Count && t[i + 1].IsTitle && c.SameSentence(i, i + 1)) || c.Lexicons.NotNames.Contains(w.Lower)
            || c.Lexicons.OrgHeads.LongestAt(t, i) is not null || c.Lexicons.EventNouns.LongestAt(t, i) is not null || c.Lexicons.FirstNames.LongestAt(t, i) is not null)
        {
            return null;
        }

        var name = w.Text[..^1];
        return Place(GraphLabels.City, i, i + 1, name);
    }

    // «Американская сторона», «казахстанской стороной»: the country acting as a party
    private static Mention? Metonym(MentionContext c, int i)
    {
        var t = c.Tokens;
        if (!t[i].IsWord || i + 1 >= t.Count || !t[i + 1].Lower.StartsWith("сторон", StringComparison.Ordinal)
            || c.Lexicons.CountryAdjectives.LongestAt(t, i) is not { } adj || adj.End != i + 1)
        {
            return null;
        }

        return Place(GraphLabels.Country, i, i + 1, adj.Entry.Canonical);
    }

    // «казахстанско-американского»: each part names a country
    private static void Compound(MentionContext c, int i)
    {
        var tok = c.Tokens[i];
        if (!tok.Text.Contains('-', StringComparison.Ordinal) || !c.IsFree(i, i + 1) || tok.IsCapitalized)
        {
            return;
        }

        // worked out once per word and kept with it («пресс-служба» is in most articles, and probing its parts made lists, strings and tokens)
        foreach (var (offset, length, country) in WordFacts.Of(tok, c.Lexicons).CompoundCountries)
        {
            var start = tok.Start + offset;
            c.Add(new Mention { First = i, Last = i + 1, Chars = (start, start + length), Label = GraphLabels.Country, Name = country, Key = MentionKeys.For(GraphLabels.Country, country) });
        }
    }

    /// <summary>The countries the parts of a hyphenated word name as adjectives (offset and length of the part in the word), when two or more do; else none.</summary>
    internal static (int Offset, int Length, string Country)[] CompoundCountries(Lexicons.LexiconSet lexicons, string text)
    {
        var parts = new List<(int Offset, int Length, string Country)>();
        var offset = 0;
        foreach (var part in text.Split('-'))
        {
            var word = part.EndsWith('о') ? part[..^1] + "ий" : part;
            var probe = Text.Tokenizer.Tokenize(word);
            if (probe.Count == 1 && lexicons.CountryAdjectives.LongestAt(probe, 0) is { } adj)
            {
                parts.Add((offset, part.Length, adj.Entry.Canonical));
            }

            offset += part.Length + 1;
        }

        return parts.Count < 2 ? [] : [.. parts];
    }

    private static Mention Place(string label, int first, int last, string name) =>
        new() { First = first, Last = last, Label = label, Name = name, Key = MentionKeys.For(label, name) };
}
