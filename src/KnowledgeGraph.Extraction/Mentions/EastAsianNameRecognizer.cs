using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Morphology;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// Chinese and Korean names, written surname first: a one-syllable surname from the lexicon
/// (east-asian-surnames.txt) and one or two capitalised syllables after it («Ким Чен Ир»,
/// «Хван Чжан Еп», «Сунь Линь»). A declined surname («Кима») and the last syllable take off their
/// case ending («Кима Чен Ира» -> «Ким Чен Ир», «визит Сунь Линя» -> «Сунь Линь»); the name keeps the
/// surname first. A surname that is also a given name («Ким») needs two syllables after it.
/// </summary>
public sealed class EastAsianNameRecognizer : IMentionRecognizer
{
    private const string Vowels = "аеёиоуыэюяьй";
    private static readonly string[] RussianSurnameEndings = ["ов", "ев", "ин", "ова", "ева", "ина", "ский", "ская", "цкий", "ович", "евич"];

    public void Recognize(MentionContext context)
    {
        var t = context.Tokens;
        for (var i = 0; i + 1 < t.Count; i++)
        {
            if (!t[i].IsTitle || !context.IsFree(i, i + 1) || WordFacts.Of(t[i], context.Lexicons).EastAsianSurname is not { } surname)
            {
                continue;
            }

            var k = i + 1;
            while (k < t.Count && k - i <= 2 && Syllable(context, i, k))
            {
                k++;
            }

            var count = k - i - 1;
            if (count == 0 || (count == 1 && context.Lexicons.FirstNames.LongestAt(t, i) is not null))
            {
                continue;
            }

            // the case the surname's ending shows, else (a surname that does not decline) the words before the name
            var inCase = surname.Case != Case.None ? surname.Case
                : Vowels.Contains(TextCase.ToLower(surname.Nominative[^1]), StringComparison.Ordinal) ? NameCase.Before(context, i)
                : Case.Nominative;
            var syllables = Enumerable.Range(i + 1, count).Select(x => t[x].Text).ToList();
            // «с Ли Джэ Воном»: an instrumental ending shows itself
            var last = t[k - 1].Lower;
            inCase = inCase is Case.None or Case.Nominative && last.Length >= 4 && last.EndsWith("ом", StringComparison.Ordinal) && !Vowels.Contains(last[^3], StringComparison.Ordinal)
                ? Case.Instrumental : inCase;
            syllables[^1] = LastSyllable(syllables[^1], inCase);
            var m = new Mention
            {
                First = i,
                Last = k,
                Label = GraphLabels.Person,
                Person = new PersonParts(string.Join(' ', syllables), null, null, t[i].Text, '*')
                {
                    SurnameNominative = surname.Nominative,
                    SurnameFirst = true,
                },
            };
            context.Add(m); // its position is attached with the other persons' (PersonRecognizer), once the names before it are known
            i = k - 1;
        }
    }

    /// <summary>
    /// The surname's nominative and the case its ending shows («Кима»: «Ким», the genitive); null when it is not in the lexicon.
    /// Asked once a word (<see cref="WordFacts.EastAsianSurname"/>): every capitalised word of an article is asked.
    /// </summary>
    internal static (string Nominative, Case Case)? Surname(Lexicons.LexiconSet lexicons, string word, string lower)
    {
        if (lexicons.EastAsianSurnames.Contains(lower))
        {
            return (word, Case.None);
        }

        foreach (var (ending, inCase) in (ReadOnlySpan<(string, Case)>)[("а", Case.Genitive), ("у", Case.Dative), ("ом", Case.Instrumental), ("е", Case.Prepositional)])
        {
            if (lower.Length > ending.Length + 1 && lower.EndsWith(ending, StringComparison.Ordinal) && !Vowels.Contains(lower[^(ending.Length + 1)], StringComparison.Ordinal)
                && lexicons.EastAsianSurnames.Contains(lower[..^ending.Length]))
            {
                return (word[..^ending.Length], inCase);
            }
        }

        return null;
    }

    /// <summary>A capitalised Cyrillic word of the same sentence after the surname that is no known word, place, body, title or Russian surname.</summary>
    private static bool Syllable(MentionContext c, int i, int k)
    {
        var w = c.Tokens[k];
        var lower = w.Lower;
        return w.IsTitle && w.Text.Length is >= 1 and <= 9 && c.SameSentence(i, k) && c.IsFree(k, k + 1) && Chars.All(w.Text, TextNormalizer.IsCyrillic)
               && !c.Lexicons.NotNames.Contains(lower) && (lower.Length < 5 || !Affixes.EndsWithAny(lower, RussianSurnameEndings))
               && !Names(c.Lexicons.Places, c, k) && !Names(c.Lexicons.Organizations, c, k) && c.Lexicons.Positions.LongestAt(c.Tokens, k) is null;
    }

    // a place or body written so, not one the syllable only shares a stem with («Сен» is not «Сена»)
    private static bool Names(Lexicons.Gazetteer lexicon, MentionContext c, int k) =>
        lexicon.LongestAt(c.Tokens, k) is { } match && (match.End > k + 1 || string.Equals(match.Entry.Canonical, c.Tokens[k].Text, StringComparison.OrdinalIgnoreCase));

    /// <summary>The last syllable in the nominative: a consonant's case ending taken off («Ира» -> «Ир»), a soft one back to «ь» or «й» («Линя» -> «Линь», «Лэя» -> «Лэй»).</summary>
    private static string LastSyllable(string word, Case inCase)
    {
        var lower = TextCase.ToLower(word);
        (string Hard, string Soft)? endings = inCase switch
        {
            Case.Genitive or Case.Accusative => ("а", "я"),
            Case.Dative => ("у", "ю"),
            Case.Instrumental => ("ом", "ем"),
            _ => null,
        };
        if (endings is not { } e || lower.Length < 2)
        {
            return word;
        }

        if (lower.EndsWith(e.Hard, StringComparison.Ordinal) && lower.Length > e.Hard.Length && !Vowels.Contains(lower[^(e.Hard.Length + 1)], StringComparison.Ordinal))
        {
            return word[..^e.Hard.Length];
        }

        // «Линя» -> «Линь», «Лэя» -> «Лэй»
        return lower.EndsWith(e.Soft, StringComparison.Ordinal) && lower.Length > e.Soft.Length
            ? word[..^e.Soft.Length] + (Vowels.Contains(lower[^(e.Soft.Length + 1)], StringComparison.Ordinal) ? "й" : "ь")
            : word;
    }
}
