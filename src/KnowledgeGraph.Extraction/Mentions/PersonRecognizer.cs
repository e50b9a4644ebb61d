using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// Persons with a name the rules can see:
/// given name from the lexicon [+ second given name] [+ patronymic] [+ surname]: «Ержан Казыхан», «Юрия Лужкова»;
/// initials + surname: «Н. Назарбаева», «К.Токаева», «В.В. Путин»; surname + two initials: «Путин В.В.».
/// The position in front («Президента РК К.Токаева») goes into the <c>position</c> property.
/// </summary>
public sealed class PersonRecognizer : IMentionRecognizer
{
    private static readonly string[] StemEndings = ["ами", "ой", "ем", "ом", "ым", "ей", "у", "а", "е", "ю", "я", "ы"];

    private static readonly string[] PatronymicEndings = ["ович", "евич", "ич", "овна", "евна", "ична", "инична"];

    public void Recognize(MentionContext context)
    {
        var t = context.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            if (!context.IsFree(i, i + 1) || !t[i].IsCapitalized || context.StartsQuotedName(i))
            {
                continue;
            }

            var m = WithGivenName(context, i) ?? WithInitials(context, i) ?? WithTrailingInitials(context, i);
            if (m is null)
            {
                continue;
            }

            PositionFinder.Attach(context, m);
            context.Add(m);
            i = m.Last - 1;
        }

        // Chinese and Korean names were found first (their surnames may be given names too): their positions now, with the names before them known
        foreach (var m in context.Mentions.Where(m => m.Person is { SurnameFirst: true } && !m.HasProperty("position")).ToList())
        {
            PositionFinder.Attach(context, m);
        }
    }

    private static Mention? WithGivenName(MentionContext c, int i)
    {
        var t = c.Tokens;
        if (!t[i].IsTitle || WordFacts.Of(t[i], c.Lexicons).NotName)
        {
            return null;
        }

        var matched = c.Lexicons.FirstNames.LongestAt(t, i) is { } g && g.End == i + 1 ? g.Entry : null;
        var listed = matched is not null && c.Lexicons.GivenNames.IsFormOf(t[i].Text, matched.Canonical) ? matched : null;
        // «Лиза» matched «Лиз» by its stem: a given name of its own in the dictionary, read there
        var ownName = matched is not null && listed is null && c.Lexicons.Surnames.GivenCandidates(t[i].Text).Count > 0;
        if (listed is null && !ownName && !DictionaryGivenName(c, i))
        {
            return null;
        }

        var k = i + 1;
        var gender = listed is { Tags.Length: > 0 } ? listed.Tags[0] : '*';

        // a second given name («Реджеп Тайип Эрдоган»), kept only when a surname follows
        if (k + 1 < t.Count && IsNameWord(c, k) && c.Lexicons.FirstNames.LongestAt(t, k) is { } second && second.End == k + 1 && IsNameWord(c, k + 1))
        {
            k++;
        }

        string? patronymic = null;
        if (k < t.Count && IsNameWord(c, k) && IsPatronymic(c, t[k]) && (KnownPatronymic(c, t[k]) || NameWordFollows(c, k)))
        {
            patronymic = t[k].Text;
            k++;
        }

        // «Аким Карагандинской области»: a title that is also a given name, before a region's adjective, is no person
        if (k + 1 < t.Count && Naming.PhraseInflection.LooksLikeAdjective(t[k].Text) && c.Lexicons.PlaceHeads.LongestAt(t, k + 1) is not null)
        {
            return null;
        }

        string? surname = null;
        var particle = false;
        if (k + 1 < t.Count && Naming.NameParticles.IsParticle(t[k].Text) && IsNameWord(c, k + 1) && c.SameSentence(i, k + 1))
        {
            surname = t[k].Text + " " + t[k + 1].Text; // «Марин Ле Пен», «Массимо Де Сантис»
            k += 2;
            particle = true;
        }
        else if (k < t.Count && Naming.NameParticles.IsArticleSurname(t[k].Text) && c.SameSentence(i, k))
        {
            surname = t[k].Text; // «Хамид аль-Масуди»
            k++;
            particle = true;
        }
        else if (k < t.Count && (IsNameWord(c, k) || CommonNounSurname(c, i, k)) && c.SameSentence(i, k) && c.Lexicons.FirstNames.LongestAt(t, k) is null)
        {
            surname = t[k].Text;
            k++;
        }
        else if (patronymic is null && (c.StartsSentence(i) || c.Lexicons.Places.LongestAt(t, i) is not null || c.Lexicons.Organizations.LongestAt(t, i) is not null
                                        || (i > 0 && IsNameWord(c, i - 1) && c.SameSentence(i - 1, i))))
        {
            // a lone given name at a sentence start, or one that is also a place or body, is too often something else;
            // one right after another capitalised word is that word's surname («Фил Гордон»): the shape rules take the pair
            return null;
        }

        // the dictionary reads the given name in agreement with the surname: case, gender, both nominatives
        var singleSurname = surname is not null && !particle ? surname : null;
        // without agreement the lexicon's reading of a listed name stands («Даниила» alone is «Даниил»)
        var read = Naming.GivenNames.Read(c.Lexicons.Surnames, t[i].Text, singleSurname, patronymic) is { } r && (r.Agreed || listed is null) ? r : null;
        // a given name that does not decline («Юсси», «Абу»), or a surname with a particle: the words before the name show the surname's case
        var surnameNominative = read?.SurnameNominative;
        if (surnameNominative is null && surname is not null && (particle || (read is null && Naming.DeclinedNameWords.IsIndeclinableGiven(t[i].Text))))
        {
            surnameNominative = Naming.DeclinedNameWords.Nominative(surname, NameCase.Before(c, i));
        }
        return new Mention
        {
            First = i,
            Last = k,
            Label = GraphLabels.Person,
            Person = new PersonParts(read?.Nominative ?? listed?.Canonical ?? t[i].Text, null, patronymic, surname, read is { Gender: not '*' } ? read.Gender : gender)
            {
                SurnameNominative = surnameNominative,
                GivenForm = t[i].Text,
            },
        };
    }

    /// <summary>
    /// A given name the lexicon lacks but the dictionary knows («Барака Обамы»), taken only with
    /// a name word after it that is not a given name itself.
    /// </summary>
    private static bool DictionaryGivenName(MentionContext c, int i)
    {
        var t = c.Tokens;
        return i + 1 < t.Count && IsNameWord(c, i + 1) && c.SameSentence(i, i + 1) && c.Lexicons.FirstNames.LongestAt(t, i + 1) is null
            && WordFacts.Of(t[i], c.Lexicons).DictionaryGivenName && !WordFacts.Of(t[i + 1], c.Lexicons).AnyGivenNameReading;
    }

    private static Mention? WithInitials(MentionContext c, int i)
    {
        var t = c.Tokens;
        var k = i;
        var initials = string.Empty;
        while (k + 1 < t.Count && IsInitial(t[k]) && t[k + 1].Is('.') && t[k + 1].Start == t[k].End && initials.Length < 6)
        {
            initials += t[k].Text + ".";
            k += 2;
        }

        if (initials.Length == 0 || k >= t.Count || !IsNameWord(c, k) || !c.SameSentence(i, k))
        {
            return null;
        }

        return new Mention
        {
            First = i,
            Last = k + 1,
            Label = GraphLabels.Person,
            Person = new PersonParts(null, initials, null, t[k].Text, '*'),
        };
    }

    // «Путин В.В.»: a surname followed by two initials
    private static Mention? WithTrailingInitials(MentionContext c, int i)
    {
        var t = c.Tokens;
        if (!IsNameWord(c, i) || i + 4 >= t.Count)
        {
            return null;
        }

        if (!(IsInitial(t[i + 1]) && t[i + 2].Is('.') && IsInitial(t[i + 3]) && t[i + 4].Is('.') && t[i + 2].Start == t[i + 1].End))
        {
            return null;
        }

        return new Mention
        {
            First = i,
            Last = i + 5,
            Label = GraphLabels.Person,
            Person = new PersonParts(null, t[i + 1].Text + "." + t[i + 3].Text + ".", null, t[i].Text, '*'),
        };
    }

    /// <summary>
    /// «Виктор Понедельник»: a weekday or other common noun the lexicon says is never a name, written with a capital right after a given name
    /// in the nominative (so never at a sentence start), is the surname: such words are written in lower case otherwise.
    /// </summary>
    private static bool CommonNounSurname(MentionContext c, int i, int k)
    {
        var t = c.Tokens;
        if (k != i + 1 || !t[k].IsTitle || t[k].Text.Length < 4 || c.OwnerOf(k) is not null || !WordFacts.Of(t[k], c.Lexicons).NotName
            || !string.Equals(c.Lexicons.FirstNames.LongestAt(t, i)?.Entry.Canonical, t[i].Text, StringComparison.Ordinal))
        {
            return false;
        }

        var readings = c.Lexicons.Surnames.Morphology.ParseKnown(t[k].Text);
        return readings.Count > 0 && readings.All(r => r.Tag.PartOfSpeech == Morphology.PartOfSpeech.Noun && r.Tag.Animacy == Morphology.Animacy.Inanimate);
    }

    /// <summary>A patronymic by its ending («Нурланович», «Игоревна»), or by the dictionary («Ильич»).</summary>
    private static bool IsPatronymic(MentionContext c, Token t)
    {
        var stem = Stem(t.Lower);
        foreach (var p in PatronymicEndings)
        {
            if (p.Length > 2 && stem.EndsWith(p, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return KnownPatronymic(c, t);
    }

    /// <summary>A patronymic the dictionary knows («Васильевич»); an unknown word in «-вич» with no surname after it is the surname («Виктор Статкевич»).</summary>
    private static bool KnownPatronymic(MentionContext c, Token t) => WordFacts.Of(t, c.Lexicons).KnownPatronymic;

    private static bool NameWordFollows(MentionContext c, int k) =>
        k + 1 < c.Tokens.Count && IsNameWord(c, k + 1) && c.SameSentence(k, k + 1);

    private static bool IsInitial(Token t) => t.IsWord && t.Text.Length == 1 && char.IsUpper(t.Text[0]);

    /// <summary>A capitalised word that can be part of a name: not all caps, not a known non-name, not in a place or body name.</summary>
    public static bool IsNameWord(MentionContext c, int k, bool nested = false)
    {
        var t = c.Tokens[k];
        return t.IsTitle && t.Text.Length >= 2 && (c.OwnerOf(k) is null || (nested && c.OwnerOf(k) == GraphLabels.Organization))
            && WordFacts.Of(t, c.Lexicons) is { NotName: false, LettersOnly: true };
    }

    // letters, hyphens and apostrophes only
    internal static bool LettersOnly(string word)
    {
        foreach (var ch in word)
        {
            if (!char.IsLetter(ch) && ch is not ('-' or '\''))
            {
                return false;
            }
        }

        return true;
    }

    // a span of the word, not a copy: it is only compared, at every name word
    private static ReadOnlySpan<char> Stem(string lower)
    {
        foreach (var e in StemEndings)
        {
            if (lower.EndsWith(e, StringComparison.Ordinal) && lower.Length > e.Length + 4)
            {
                return lower.AsSpan(0, lower.Length - e.Length);
            }
        }

        return lower;
    }
}
