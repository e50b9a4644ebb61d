using System.Collections.Frozen;

namespace KnowledgeGraph.Morphology;

/// <summary>OpenCorpora's grammeme names (as in the compiled tag table) to our enums, and back.</summary>
internal static class GrammemeNames
{
    private static readonly (string Name, PartOfSpeech Value)[] PartsOfSpeech =
    [
        ("NOUN", PartOfSpeech.Noun), ("ADJF", PartOfSpeech.Adjective), ("ADJS", PartOfSpeech.ShortAdjective),
        ("COMP", PartOfSpeech.Comparative), ("VERB", PartOfSpeech.Verb), ("INFN", PartOfSpeech.Infinitive),
        ("PRTF", PartOfSpeech.Participle), ("PRTS", PartOfSpeech.ShortParticiple), ("GRND", PartOfSpeech.Gerund),
        ("NUMR", PartOfSpeech.Numeral), ("ADVB", PartOfSpeech.Adverb), ("NPRO", PartOfSpeech.Pronoun),
        ("PRED", PartOfSpeech.Predicative), ("PREP", PartOfSpeech.Preposition), ("CONJ", PartOfSpeech.Conjunction),
        ("PRCL", PartOfSpeech.Particle), ("INTJ", PartOfSpeech.Interjection),
    ];

    private static readonly (string Name, Gender Value)[] Genders =
        [("masc", Gender.Masculine), ("femn", Gender.Feminine), ("neut", Gender.Neuter), ("Ms-f", Gender.Common)];

    private static readonly (string Name, Case Value)[] Cases =
    [
        ("nomn", Case.Nominative), ("gent", Case.Genitive), ("datv", Case.Dative), ("accs", Case.Accusative),
        ("ablt", Case.Instrumental), ("loct", Case.Prepositional), ("voct", Case.Vocative), ("gen2", Case.Genitive2),
        ("acc2", Case.Accusative2), ("loc2", Case.Locative2), ("gen1", Case.Genitive), ("loc1", Case.Prepositional),
    ];

    private static readonly (string Name, Grammemes Value)[] Flags =
    [
        ("Name", Grammemes.GivenName), ("Surn", Grammemes.Surname), ("Patr", Grammemes.Patronymic),
        ("Geox", Grammemes.Geographic), ("Orgn", Grammemes.Organization), ("Abbr", Grammemes.Abbreviation),
        ("Trad", Grammemes.Trademark), ("Init", Grammemes.Initial), ("Sgtm", Grammemes.SingulareTantum),
        ("Pltm", Grammemes.PluraleTantum), ("Fixd", Grammemes.Indeclinable), ("Supr", Grammemes.Superlative),
        ("Qual", Grammemes.Qualitative), ("Apro", Grammemes.PronominalAdjective), ("Anum", Grammemes.OrdinalNumberAdjective),
        ("Poss", Grammemes.Possessive), ("perf", Grammemes.Perfective), ("impf", Grammemes.Imperfective),
        ("tran", Grammemes.Transitive), ("intr", Grammemes.Intransitive), ("Impe", Grammemes.Impersonal),
        ("Impx", Grammemes.Impersonal), ("Refl", Grammemes.Reflexive), ("1per", Grammemes.FirstPerson),
        ("2per", Grammemes.SecondPerson), ("3per", Grammemes.ThirdPerson), ("pres", Grammemes.Present),
        ("past", Grammemes.Past), ("futr", Grammemes.Future), ("indc", Grammemes.Indicative), ("impr", Grammemes.Imperative),
        ("incl", Grammemes.Inclusive), ("excl", Grammemes.Exclusive), ("actv", Grammemes.Active), ("pssv", Grammemes.Passive),
        ("Infr", Grammemes.Informal), ("Slng", Grammemes.Slang), ("Arch", Grammemes.Archaic), ("Litr", Grammemes.Literary),
        ("Erro", Grammemes.Error), ("Dist", Grammemes.Distortion), ("Ques", Grammemes.Interrogative),
        ("Dmns", Grammemes.Demonstrative), ("Prnt", Grammemes.Parenthesis), ("Coun", Grammemes.Countable),
        ("Coll", Grammemes.Collection), ("Anph", Grammemes.Anaphoric), ("Adjx", Grammemes.Adjectival),
        ("V-ey", Grammemes.Variant), ("V-oy", Grammemes.Variant), ("V-ej", Grammemes.Variant), ("V-be", Grammemes.Variant),
        ("V-en", Grammemes.Variant), ("V-ie", Grammemes.Variant), ("V-bi", Grammemes.Variant), ("V-sh", Grammemes.Variant),
        ("Cmp2", Grammemes.Variant),
    ];

    private static readonly FrozenDictionary<string, PartOfSpeech> PosByName = PartsOfSpeech.ToFrozenDictionary(p => p.Name, p => p.Value);
    private static readonly FrozenDictionary<string, Gender> GenderByName = Genders.ToFrozenDictionary(p => p.Name, p => p.Value);
    private static readonly FrozenDictionary<string, Case> CaseByName = Cases.ToFrozenDictionary(p => p.Name, p => p.Value);
    private static readonly FrozenDictionary<string, Grammemes> FlagByName = Flags.ToFrozenDictionary(p => p.Name, p => p.Value);

    /// <summary>Reads a tag of the compiled table (<c>NOUN,anim,masc sing,nomn</c>); grammemes we do not name become <see cref="Grammemes.Other"/>.</summary>
    public static Tag Parse(string text)
    {
        var pos = PartOfSpeech.None;
        var animacy = Animacy.None;
        var gender = Gender.None;
        var number = Number.None;
        var @case = Case.None;
        var flags = Grammemes.None;
        foreach (var part in text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (PosByName.TryGetValue(part, out var p)) { pos = p; }
            else if (GenderByName.TryGetValue(part, out var g)) { gender = g; }
            else if (CaseByName.TryGetValue(part, out var c)) { @case = c; }
            else if (FlagByName.TryGetValue(part, out var f)) { flags |= f; }
            else if (part == "anim") { animacy = Animacy.Animate; }
            else if (part == "inan") { animacy = Animacy.Inanimate; }
            else if (part == "sing") { number = Number.Singular; }
            else if (part == "plur") { number = Number.Plural; }
            else { flags |= Grammemes.Other; }
        }

        return new Tag(pos, animacy, gender, number, @case, flags);
    }

    public static string Format(Tag tag)
    {
        var parts = new List<string>(8);
        Add(parts, PartsOfSpeech, tag.PartOfSpeech);
        if (tag.Animacy != Animacy.None) { parts.Add(tag.Animacy == Animacy.Animate ? "anim" : "inan"); }
        Add(parts, Genders, tag.Gender);
        foreach (var (name, value) in Flags)
        {
            if (tag.Has(value) && !parts.Contains(name) && value != Grammemes.Variant && value != Grammemes.Impersonal)
            {
                parts.Add(name);
            }
        }

        if (tag.Number != Number.None) { parts.Add(tag.Number == Number.Singular ? "sing" : "plur"); }
        Add(parts, Cases, tag.Case);
        return string.Join(',', parts);
    }

    private static void Add<T>(List<string> parts, (string Name, T Value)[] table, T value)
        where T : struct, Enum
    {
        foreach (var (name, v) in table)
        {
            if (EqualityComparer<T>.Default.Equals(v, value))
            {
                parts.Add(name);
                return;
            }
        }
    }
}
