using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// Person mentions the first pass cannot see alone, run after organisations and places:
/// a surname already met in the article («Казыхан» after «Ержан Казыхан», in any case), and a
/// capitalised unknown word right after a position («президент Обама», «премьер Японии Кан»).
/// </summary>
public sealed class PersonFollowUpRecognizer : IMentionRecognizer
{
    public void Recognize(MentionContext context)
    {
        AfterPositions(context);
        Repeats(context);
    }

    private static void AfterPositions(MentionContext c)
    {
        var t = c.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            if (!t[i].IsWord || c.Lexicons.Positions.LongestAt(t, i) is not { } pos)
            {
                continue;
            }

            // skip a country or body in between: «президент США Обама»
            var k = pos.End;
            while (k < t.Count && k < pos.End + 3 && (c.PlaceInside[k] || (t[k].IsAllCaps && c.OwnerOf(k) == GraphLabels.Organization)))
            {
                k++;
            }

            // «главы Минсвязи Игоря …»: a capital word followed by another one is a body or place, not the name
            var nextIsName = k + 1 < t.Count && c.SameSentence(k, k + 1) && t[k + 1].IsTitle;
            if (k < t.Count && c.SameSentence(i, k) && !nextIsName && PersonRecognizer.IsNameWord(c, k, nested: true) && Text.TextNormalizer.IsCyrillic(t[k].Text[0])
                && c.Lexicons.Places.LongestAt(t, k) is null
                && c.Lexicons.Organizations.LongestAt(t, k) is null && !Naming.PhraseInflection.LooksLikeAdjective(t[k].Text)
                && !IsHeadOrNoun(c, k))
            {
                var m = new Mention { First = k, Last = k + 1, Label = GraphLabels.Person, Person = new PersonParts(null, null, null, t[k].Text, '*') };
                PositionFinder.Attach(c, m);
                c.Add(m);
                i = k;
            }
        }
    }

    private static string? GivenName(MentionContext c, int i) =>
        c.Lexicons.FirstNames.LongestAt(c.Tokens, i) is { } g && g.End == i + 1 ? g.Entry.Canonical : c.Tokens[i].Text;

    private static bool IsHeadOrNoun(MentionContext c, int k) =>
        c.Lexicons.OrgHeads.LongestAt(c.Tokens, k) is not null || c.Lexicons.Positions.LongestAt(c.Tokens, k) is not null
        || c.Lexicons.EventNouns.LongestAt(c.Tokens, k) is not null || c.Lexicons.PlaceHeads.LongestAt(c.Tokens, k) is not null;

    private static void Repeats(MentionContext c)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        var givens = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in c.Mentions)
        {
            if (m.Person is { Given: { } given, SurnameForm: not null })
            {
                givens.Add(TextCase.ToLower(given));
            }

            if (m.Person?.SurnameForm is { } form)
            {
                foreach (var (nom, _, _) in c.Lexicons.Surnames.Candidates(form))
                {
                    known.Add(TextCase.ToLower(nom));
                }
            }
        }

        if (known.Count == 0)
        {
            return;
        }

        var t = c.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            if (!PersonRecognizer.IsNameWord(c, i, nested: true) || c.PlaceInside[i])
            {
                continue;
            }

            if (NamesKnown(known, c.Lexicons.Surnames.Candidates(t[i].Text)))
            {
                c.Add(new Mention { First = i, Last = i + 1, Label = GraphLabels.Person, Person = new PersonParts(null, null, null, t[i].Text, '*') });
            }
            else if (GivenName(c, i) is { } given && Text.LowerCaseSet.ContainsLowered(givens, given))
            {
                // «Марк» after «Марк Смит»: the given name alone, in any case, or with the surname after it
                var withSurname = i + 1 < t.Count && c.SameSentence(i, i + 1) && PersonRecognizer.IsNameWord(c, i + 1, nested: true)
                                  && NamesKnown(known, c.Lexicons.Surnames.Candidates(t[i + 1].Text));
                var last = withSurname ? i + 2 : i + 1;
                c.Add(new Mention { First = i, Last = last, Label = GraphLabels.Person, Person = new PersonParts(given, null, null, withSurname ? t[i + 1].Text : null, '*') { GivenForm = t[i].Text } });
                i = last - 1;
            }
        }
    }

    /// <summary>Whether a candidate's nominative, lower-cased, is among <paramref name="known"/> (a loop, no closure, no lower-case string).</summary>
    private static bool NamesKnown(HashSet<string> known, IReadOnlyList<(string Nominative, char Gender, int Rank)> candidates)
    {
        for (var k = 0; k < candidates.Count; k++)
        {
            if (Text.LowerCaseSet.ContainsLowered(known, candidates[k].Nominative))
            {
                return true;
            }
        }

        return false;
    }
}
