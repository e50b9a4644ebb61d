using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// Persons the given-name lexicon does not know, found by the shape of the name:
/// a capitalised word + a word shaped like a surname («Джаред Лофнер» no, «Леван Гачечиладзе» yes);
/// a word shaped like a surname alone inside a sentence («заявил Сердюков»); a name + patronymic
/// («Наина Иосифовна»); and a Latin name in brackets right after a person («(Joshua Wolf)»).
/// Surname shapes are data (surname-suffixes.txt), read through the surname declension table.
/// </summary>
public sealed class SurnameShapeRecognizer : IMentionRecognizer
{
    private static readonly string[] LatinParticles = ["al-", "el-", "al", "el", "de", "van", "von", "der", "bin", "ibn", "da", "di", "le", "la"];

    private static readonly string[] PatronymicEndings = ["ович", "евич", "овна", "евна", "ична", "инична"];


    public void Recognize(MentionContext context)
    {
        var t = context.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            if (!PersonRecognizer.IsNameWord(context, i) || context.StartsQuotedName(i))
            {
                continue;
            }

            var m = Patronymic(context, i) ?? Pair(context, i) ?? Single(context, i);
            if (m is not null)
            {
                PositionFinder.Attach(context, m);
                context.Add(m);
                i = m.Last - 1;
            }
        }

        LatinInBrackets(context);
    }

    private static Mention? Patronymic(MentionContext c, int i)
    {
        var t = c.Tokens;
        if (i + 1 >= t.Count || !PersonRecognizer.IsNameWord(c, i + 1) || !c.SameSentence(i, i + 1) || !IsPatronymic(t[i + 1].Lower))
        {
            return null;
        }

        // «Драган Бозович»: a word in «-вич» the dictionary does not know as a patronymic, with no surname after it, is the surname
        var surnameAfter = i + 2 < t.Count && PersonRecognizer.IsNameWord(c, i + 2) && c.SameSentence(i, i + 2);
        if (!surnameAfter && !c.Lexicons.Surnames.Morphology.ParseKnown(t[i + 1].Text).Any(r => r.Tag.IsPatronymic))
        {
            return null;
        }

        var last = i + 2;
        string? surname = null;
        if (last < t.Count && PersonRecognizer.IsNameWord(c, last) && c.SameSentence(i, last))
        {
            surname = t[last].Text;
            last++;
        }

        return Person(c, i, last, null, t[i + 1].Text, surname);
    }

    private static Mention? Pair(MentionContext c, int i)
    {
        var t = c.Tokens;
        if (WithParticle(c, i) is { } particle)
        {
            return particle;
        }

        if (i + 1 >= t.Count || !c.SameSentence(i, i + 1) || !PersonRecognizer.IsNameWord(c, i + 1) || Known(c, i) || Known(c, i + 1)
            || Naming.PhraseInflection.ClearlyAdjective(t[i].Text) || !Cyrillic(t[i].Text) || !Cyrillic(t[i + 1].Text))
        {
            return null;
        }

        // two unknown capitalised words inside a sentence («Ннека Угбома», «Зепп Блаттер»), or a surname shape anywhere
        var third = i + 2 < t.Count && t[i + 2].IsTitle && c.SameSentence(i, i + 2);
        // at a line or sentence start a name needs a surname shape, or a country in brackets after it («Тору Камикава (Япония)»)
        var countryAfter = i + 4 < t.Count && t[i + 2].Is('(') && c.PlaceInside[i + 3];
        // «министром … Хаканом Фиданом»: after a title in the instrumental, two words in the instrumental are a name
        var given = InstrumentalAfterTitle(c, i);
        if (third || (c.StartsSentence(i) && !countryAfter && !LooksLikeSurname(c, t[i + 1].Text, anywhere: true))
            || (given is null && Naming.PhraseInflection.LooksLikeAdjective(t[i + 1].Text) && !AdjectivalSurname(t[i + 1].Lower) && !InstrumentalAfterIndeclinable(c, i)))
        {
            return null;
        }

        return Person(c, i, i + 2, given, null, t[i + 1].Text);
    }

    private static readonly (string Ending, string Nominative)[] InstrumentalGiven = [("ом", ""), ("ем", "й"), ("ой", "а"), ("ей", "я")];

    /// <summary>
    /// The nominative of an unknown given name at <paramref name="i"/> when a title in the instrumental
    /// stands before it (a place or body may sit between: «министром иностранных дел Турции») and the
    /// name and the word after it agree with the title in the instrumental («Хаканом Фиданом» -> «Хакан»).
    /// </summary>
    private static string? InstrumentalAfterTitle(MentionContext c, int i)
    {
        var t = c.Tokens;
        var name = t[i].Lower;
        var surname = t[i + 1].Lower;
        var ending = InstrumentalGiven.FirstOrDefault(e => name.EndsWith(e.Ending, StringComparison.Ordinal));
        if (ending.Ending is null || name.Length < ending.Ending.Length + 3 || !Instrumental(surname) || surname.Length < 5)
        {
            return null;
        }

        for (var k = i - 1; k >= 0 && i - k <= 8 && c.SameSentence(k, i) && (t[k].IsWord || t[k].Is('-')); k--)
        {
            if (c.Lexicons.Positions.LongestAt(t, k) is { } pos && pos.End <= i && Instrumental(t[k].Lower))
            {
                var stem = t[i].Text[..^ending.Ending.Length];
                return stem + ending.Nominative;
            }
        }

        return null;
    }

    /// <summary>«с Кими Лааксоненом»: a noun's instrumental in «-ом»/«-ем» after a given name that does not decline, not a word the dictionary knows as an adjective.</summary>
    private static bool InstrumentalAfterIndeclinable(MentionContext c, int i)
    {
        var surname = c.Tokens[i + 1].Lower;
        return Naming.DeclinedNameWords.IsIndeclinableGiven(c.Tokens[i].Text)
               && (surname.EndsWith("ом", StringComparison.Ordinal) || surname.EndsWith("ем", StringComparison.Ordinal))
               && !c.Lexicons.Surnames.Morphology.ParseKnown(c.Tokens[i + 1].Text).Any(r => r.Tag.PartOfSpeech == Morphology.PartOfSpeech.Adjective);
    }

    private static bool Instrumental(string lower) =>
        lower.EndsWith("ом", StringComparison.Ordinal) || lower.EndsWith("ем", StringComparison.Ordinal) || lower.EndsWith("ым", StringComparison.Ordinal)
        || lower.EndsWith("им", StringComparison.Ordinal) || lower.EndsWith("ой", StringComparison.Ordinal) || lower.EndsWith("ей", StringComparison.Ordinal);

    // «Усамы бин Ладена», «Сами аль-Хадж», «Люк Ван Велли»: a name, a particle and a surname
    private static Mention? WithParticle(MentionContext c, int i)
    {
        var t = c.Tokens;
        if (i + 2 >= t.Count || !c.SameSentence(i, i + 2) || Known(c, i) || !Cyrillic(t[i].Text) || !t[i + 1].IsWord)
        {
            return null;
        }

        if (Naming.NameParticles.IsArticleSurname(t[i + 1].Text))
        {
            return Person(c, i, i + 2, null, null, t[i + 1].Text, particle: true);
        }

        if (Naming.NameParticles.IsParticle(t[i + 1].Text) && PersonRecognizer.IsNameWord(c, i + 2) && !Known(c, i + 2))
        {
            return Person(c, i, i + 3, null, null, t[i + 1].Text + " " + t[i + 2].Text, particle: true);
        }

        return null;
    }

    // «Лонгин Клинский»: surnames in -ский look like adjectives
    private static bool AdjectivalSurname(string lower) =>
        lower.EndsWith("ский", StringComparison.Ordinal) || lower.EndsWith("цкий", StringComparison.Ordinal)
        || lower.EndsWith("ская", StringComparison.Ordinal) || lower.EndsWith("цкая", StringComparison.Ordinal);

    private static Mention? Single(MentionContext c, int i)
    {
        var t = c.Tokens;
        var inside = !c.StartsSentence(i);
        if (Known(c, i) || !LooksLikeSurname(c, t[i].Text, anywhere: !inside) || (i + 1 < t.Count && t[i + 1].IsTitle && c.SameSentence(i, i + 1)))
        {
            return null;
        }

        // «Женевской конвенции», «Московскому времени»: a capitalised adjective before a lower-case noun
        if (Naming.PhraseInflection.LooksLikeAdjective(t[i].Text) && i + 1 < t.Count && t[i + 1].IsWord && !t[i + 1].IsCapitalized && c.SameSentence(i, i + 1))
        {
            return null;
        }

        // «Чечено-Ингушской АССР», «Тверской области»: a region adjective before a place descriptor
        if (Naming.PhraseInflection.LooksLikeAdjective(t[i].Text) && i + 1 < t.Count && c.SameSentence(i, i + 1) && c.Lexicons.PlaceHeads.LongestAt(t, i + 1) is not null)
        {
            return null;
        }

        // «Екатерина Аталык (Половникова)»: a surname alone in brackets right after a person is that person's other surname
        var bracketed = i >= 2 && t[i - 1].Is('(') && i + 1 < t.Count && t[i + 1].Is(')') && c.OwnerOf(i - 2) == GraphLabels.Person;
        var m = Person(i, i + 1, null, null, t[i].Text);
        return bracketed ? new Mention { First = i, Last = i + 1, Label = GraphLabels.Person, Person = m.Person! with { Transcription = true } } : m;
    }

    // «(Joshua Wolf)» right after a person mention
    private static void LatinInBrackets(MentionContext c)
    {
        var t = c.Tokens;
        for (var i = 1; i + 3 < t.Count; i++)
        {
            // after a person, or after a capitalised Cyrillic word nothing else has claimed («Джоэл Саймон (Joel Simon)»)
            if (!t[i].Is('(') || !(c.OwnerOf(i - 1) == GraphLabels.Person || (t[i - 1].IsTitle && TextNormalizer.IsCyrillic(t[i - 1].Text[0]) && c.OwnerOf(i - 1) is null)))
            {
                continue;
            }

            var k = i + 1;
            // Latin words, capitalised or name particles («Sami al-Haj», «Ludwig van Beethoven»)
            while (k < t.Count && k < i + 5 && t[k].IsWord && !TextNormalizer.IsCyrillic(t[k].Text[0]) && c.OwnerOf(k) is null
                   && (t[k].IsTitle || (k > i + 1 && Affixes.StartsWithAny(t[k].Lower, LatinParticles))))
            {
                k++;
            }

            if (k - i - 1 >= 2 && k < t.Count && t[k].Is(')'))
            {
                var parts = new PersonParts(null, null, null, c.Surface(i + 1, k), '*') { Transcription = c.OwnerOf(i - 1) == GraphLabels.Person };
                c.Add(new Mention { First = i + 1, Last = k, Label = GraphLabels.Person, Person = parts });
            }
        }
    }

    /// <summary>
    /// Whether the word at <paramref name="k"/> puts the name after it in the genitive: a common noun in the genitive («боксера»,
    /// «имени») or a preposition that governs it; not a place in the genitive («министр Узбекистана Дилноза …»).
    /// </summary>
    private static bool GovernsGenitive(MentionContext c, int k) =>
        k >= 0 && c.Tokens[k].IsWord && !c.Tokens[k].IsCapitalized && (NameCase.GenitivePrepositions.Contains(c.Tokens[k].Lower)
                                         || (c.Lexicons.Surnames.Morphology.ParseKnown(c.Tokens[k].Text) is { Count: > 0 } readings
                                             && readings[0].Tag is { PartOfSpeech: Morphology.PartOfSpeech.Noun, Case: Morphology.Case.Genitive }));

    private static bool Known(MentionContext c, int i) =>
        c.Lexicons.Places.LongestAt(c.Tokens, i) is not null || c.Lexicons.Organizations.LongestAt(c.Tokens, i) is not null
        || c.Lexicons.OrgHeads.LongestAt(c.Tokens, i) is not null || c.Lexicons.Positions.LongestAt(c.Tokens, i) is not null
        || c.Lexicons.EventNouns.LongestAt(c.Tokens, i) is not null || c.Lexicons.PlaceHeads.LongestAt(c.Tokens, i) is not null;

    private static bool Cyrillic(string word) => Chars.All(word, ch => TextNormalizer.IsCyrillic(ch) || ch == '-');

    // the ending, or it followed by a case ending of one or two letters; spans and loops: a query's closure and the
    // shortened copies of the word were made at every capitalised word
    private static bool IsPatronymic(string lower)
    {
        var word = lower.AsSpan();
        foreach (var p in PatronymicEndings)
        {
            if (word.EndsWith(p, StringComparison.Ordinal) || (word.Length > p.Length + 1 && word[..^1].EndsWith(p, StringComparison.Ordinal))
                || (word.Length > p.Length + 2 && word[..^2].EndsWith(p, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksLikeSurname(MentionContext c, string word, bool anywhere)
    {
        if (!Chars.All(word, ch => TextNormalizer.IsCyrillic(ch) || ch == '-') || word.Length < 4 || PluralOfKnownNoun(c, word))
        {
            return false;
        }

        foreach (var (nom, _, rank) in c.Lexicons.Surnames.Candidates(word))
        {
            // at a sentence start only a form that is already a nominative counts («Иванов заявил», not «Словом»)
            if ((rank > Naming.SurnameForms.KeepRank || anywhere) && nom != word)
            {
                continue;
            }

            if (HasSurnameSuffix(c, TextCase.ToLower(nom), anywhere))
            {
                return true;
            }
        }

        return false;
    }

    // a loop by index, not a query: the query's closure over the flag was made at every call, before the first test
    private static bool HasSurnameSuffix(MentionContext c, string lower, bool anywhere)
    {
        var suffixes = c.Lexicons.SurnameSuffixes;
        for (var k = 0; k < suffixes.Length; k++)
        {
            var (suffix, everywhere) = suffixes[k];
            if (lower.EndsWith(suffix, StringComparison.Ordinal) && lower.Length > suffix.Length + 1 && (everywhere || !anywhere))
            {
                return true;
            }
        }

        return false;
    }

    // «Космонавтов», «Депутатов»: a genitive plural of a known noun, not a surname in -ов
    private static bool PluralOfKnownNoun(MentionContext c, string word)
    {
        if (!(word.EndsWith("ов", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ев", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var probe = Tokenizer.Tokenize(TextCase.ToLower(word.AsSpan(0, word.Length - 2)));
        return probe.Count == 1 && (c.Lexicons.Positions.LongestAt(probe, 0) is not null || c.Lexicons.OrgHeads.LongestAt(probe, 0) is not null
                                    || c.Lexicons.EventNouns.LongestAt(probe, 0) is not null || c.Lexicons.PlaceHeads.LongestAt(probe, 0) is not null);
    }

    private static Mention Person(int first, int last, string? given, string? patronymic, string? surname) =>
        new()
        {
            First = first,
            Last = last,
            Label = GraphLabels.Person,
            Person = new PersonParts(given, null, patronymic, surname, '*'),
        };

    /// <summary>
    /// A person whose given name is the word at <paramref name="first"/>: read with the dictionary in agreement with the surname when it knows
    /// the name; else in the case the words before the name show (<see cref="NameCase"/>), else kept as written. A surname with a particle
    /// («эль-Харби», «бин Хамдана») does not agree with the given name: the given name is read alone.
    /// </summary>
    private static Mention Person(MentionContext c, int first, int last, string? given, string? patronymic, string? surname, bool particle = false)
    {
        var written = c.Tokens[first].Text;
        var read = given is null ? Naming.GivenNames.Read(c.Lexicons.Surnames, written, particle ? null : surname) : null;
        var inCase = given is null && read is null && surname is not null && !particle ? Naming.GivenNames.UnknownInCase(c.Lexicons.Surnames, written, surname, GovernsGenitive(c, first - 1)) : null;
        var surnameNominative = read?.SurnameNominative;
        if (given is null && inCase is null && surnameNominative is null && surname is not null && (read is null || particle))
        {
            var nameCase = NameCase.Before(c, first);
            inCase = read is null && !Naming.DeclinedNameWords.IsIndeclinableGiven(written) ? Naming.DeclinedNameWords.Nominative(written, nameCase) : null;
            surnameNominative = Naming.DeclinedNameWords.Nominative(surname, nameCase);
        }

        return new Mention
        {
            First = first,
            Last = last,
            Label = GraphLabels.Person,
            Person = new PersonParts(given ?? read?.Nominative ?? inCase ?? written, null, patronymic, surname, read?.Gender ?? (inCase is null ? '*' : 'm'))
            {
                SurnameNominative = surnameNominative,
                GivenForm = given is null ? written : null,
            },
        };
    }
}
