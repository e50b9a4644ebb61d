using KnowledgeGraph.Morphology;

namespace KnowledgeGraph.Extraction.Naming;

/// <summary>
/// A given name read with the morphology dictionary, in agreement with the surname after it:
/// the given-name reading that shares case and gender with a reading of the surname decides
/// both nominatives and the person's gender («Юлии Тимошенко» -> «Юлия», «Тимошенко», f;
/// «Джорджа Буша» -> «Джордж», «Буш», m). Without a surname a nominative reading when there is one.
/// </summary>
public static class GivenNames
{
    /// <summary>
    /// The reading of a given name, agreeing with the surname or else the patronymic after it;
    /// without either, a nominative reading when there is one. Null when the dictionary does not
    /// know the word as a given name.
    /// </summary>
    public static GivenName? Read(SurnameForms surnames, string given, string? surname, string? patronymic = null) =>
        surnames.GivenReading((given, surname, patronymic), static (forms, key) => ReadAnew(forms, key.Given, key.Surname, key.Patronymic));

    private static GivenName? ReadAnew(SurnameForms surnames, string given, string? surname, string? patronymic)
    {
        var m = surnames.Morphology;
        var all = m.ParseKnown(given);
        if (all.Any(r => r.Tag.Has(Grammemes.Indeclinable)))
        {
            return null; // «Аркади», «Нэнси»: as written, and no case to agree in
        }

        // oblique readings first: «Александра Белова», «Евгения Петрова» are read as a man's genitive
        // before a woman's nominative; then the corpus's order
        var readings = all.Where(r => r.Tag.IsGivenName && r.Tag.Number == Number.Singular && r.Tag.Case != Case.Vocative)
            .OrderBy(r => r.Tag.Case == Case.Nominative ? 1 : 0).ToList();
        if (readings.Count == 0)
        {
            return null;
        }

        var chosen = surname is null ? readings.FirstOrDefault(r => r.Tag.Case == Case.Nominative) ?? readings[0] : readings[0];
        var agreed = false;
        if (patronymic is not null && m.ParseKnown(patronymic).Where(r => r.Tag.IsPatronymic).ToList() is { Count: > 0 } patronymics
            && readings.FirstOrDefault(r => patronymics.Any(p => r.Tag.AgreesWith(p.Tag))) is { } withPatronymic)
        {
            chosen = withPatronymic;
            agreed = true;
        }

        Reading? agreeing = null;
        if (surname is not null && surnames.SurnameReadings(surname) is { Count: > 0 } surnameReadings)
        {
            foreach (var r in readings)
            {
                agreeing = surnameReadings.FirstOrDefault(s => r.Tag.AgreesWith(s.Tag));
                if (agreeing is not null)
                {
                    chosen = r;
                    break;
                }
            }
        }

        var nominative = m.Inflect(chosen, Case.Nominative, Number.Singular)?.Word ?? chosen.Lemma;
        var surnameNominative = agreeing is null ? null : m.Inflect(agreeing, Case.Nominative, Number.Singular, GenderFor(chosen.Tag))?.Word;
        if (agreeing is null && surname is not null && chosen.Tag.Case != Case.Nominative)
        {
            // a given name read in an oblique case puts the surname after it in that case too: «Дмитрия Фарука» -> «Фарук»
            surnameNominative = readings.Where(r => r.Tag.Case != Case.Nominative && r.Tag.Gender == chosen.Tag.Gender)
                .Select(r => SurnameInCase(surname, r.Tag)).FirstOrDefault(n => n is not null);
        }

        return new GivenName(
            Capitalization.Like(nominative, given),
            SurnameForms.GenderOf(chosen.Tag),
            agreed || agreeing is not null || surnameNominative is not null,
            surnameNominative is null || surname is null ? null : Capitalization.Like(surnameNominative, surname));
    }

    /// <summary>
    /// The nominative of a given name the dictionary does not know, from the case of the surname after it when a man's
    /// surname reads it surely in one oblique case («Ардаку Смагулову» -> «Ардак», «Шохруха Абдуллаева» -> «Шохрух»). Null otherwise.
    /// </summary>
    public static string? UnknownInCase(SurnameForms surnames, string given, string surname, bool genitiveContext)
    {
        // the surname's sure reading as a man's, and the case its ending shows («Смагулов» + «у»: the dative)
        var sure = surnames.Candidates(surname).Where(x => x.Rank == SurnameForms.StrongRank && x.Gender == 'm'
                                                           && surname.Length > x.Nominative.Length && surname.StartsWith(x.Nominative, StringComparison.OrdinalIgnoreCase)).ToList();
        var cases = sure.Select(x => CaseOfEnding(Model.TextCase.ToLower(surname.AsSpan(x.Nominative.Length)))).Distinct().ToList();
        // «Дилноза Рахматуллаева» is as much a woman's nominative as a man's genitive: the genitive only where the word before governs one
        if (cases.Count != 1 || cases[0] == Case.None || (cases[0] == Case.Genitive && !genitiveContext))
        {
            return null;
        }

        var tag = new Tag(PartOfSpeech.Noun, Animacy.Animate, Gender.Masculine, Number.Singular, cases[0], Grammemes.GivenName);
        return SurnameInCase(given, tag);
    }

    private static Case CaseOfEnding(string ending) => ending switch
    {
        "а" => Case.Genitive,
        "у" => Case.Dative,
        "ым" or "ом" => Case.Instrumental,
        "е" => Case.Prepositional,
        _ => Case.None,
    };

    private static readonly Dictionary<Case, string[]> MensEndings = new()
    {
        [Case.Genitive] = ["а"],
        [Case.Accusative] = ["а"],
        [Case.Dative] = ["у"],
        [Case.Instrumental] = ["ом"],
        [Case.Prepositional] = ["е"],
    };

    /// <summary>
    /// The nominative of a man's surname in <paramref name="tag"/>'s case when the dictionary cannot read it: the case ending of
    /// a consonant-final surname taken off («Фарука», «Фаруку», «Фаруком» -> «Фарук»); a woman's foreign surname does not decline.
    /// Null when the form does not end so.
    /// </summary>
    private static string? SurnameInCase(string surname, Tag tag)
    {
        if (!Text.Chars.All(surname, ch => Text.TextNormalizer.IsCyrillic(ch) || ch == '-'))
        {
            return null;
        }

        if (tag.Gender == Gender.Feminine)
        {
            return surname;
        }

        if (tag.Gender != Gender.Masculine || !MensEndings.TryGetValue(tag.Case, out var endings))
        {
            return null;
        }

        foreach (var ending in endings)
        {
            if (surname.Length > ending.Length + 1 && surname.EndsWith(ending, StringComparison.OrdinalIgnoreCase)
                && !"аеёиоуыэюяьй".Contains(Model.TextCase.ToLower(surname[^(ending.Length + 1)]), StringComparison.Ordinal))
            {
                return surname[..^ending.Length];
            }
        }

        return null;
    }

    private static Gender GenderFor(Tag tag) => tag.Gender is Gender.Masculine or Gender.Feminine ? tag.Gender : Gender.None;
}

/// <summary>A given name in the nominative, the gender it gives the person, whether a surname or patronymic agreed with it, and the surname's nominative when it did.</summary>
public sealed record GivenName(string Nominative, char Gender, bool Agreed, string? SurnameNominative);
