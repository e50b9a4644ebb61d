namespace KnowledgeGraph.Morphology;

/// <summary>Part of speech (OpenCorpora: NOUN, ADJF, ADJS, COMP, VERB, INFN, PRTF, PRTS, GRND, NUMR, ADVB, NPRO, PRED, PREP, CONJ, PRCL, INTJ).</summary>
public enum PartOfSpeech : byte
{
    None,
    Noun,
    Adjective,
    ShortAdjective,
    Comparative,
    Verb,
    Infinitive,
    Participle,
    ShortParticiple,
    Gerund,
    Numeral,
    Adverb,
    Pronoun,
    Predicative,
    Preposition,
    Conjunction,
    Particle,
    Interjection,
}

/// <summary>Gender (masc, femn, neut; Ms-f for nouns of common gender such as «сирота»).</summary>
public enum Gender : byte
{
    None,
    Masculine,
    Feminine,
    Neuter,
    Common,
}

/// <summary>Number (sing, plur).</summary>
public enum Number : byte
{
    None,
    Singular,
    Plural,
}

/// <summary>Case (nomn, gent, datv, accs, ablt, loct, voct and the second genitive, accusative and locative).</summary>
public enum Case : byte
{
    None,
    Nominative,
    Genitive,
    Dative,
    Accusative,
    Instrumental,
    Prepositional,
    Vocative,
    Genitive2,
    Accusative2,
    Locative2,
}

/// <summary>Animacy (anim, inan).</summary>
public enum Animacy : byte
{
    None,
    Animate,
    Inanimate,
}

/// <summary>
/// The grammemes outside the categories above, as flags: the proper-name marks first
/// (Name, Surn, Patr, Geox, Orgn, Abbr), then the rest of OpenCorpora's set.
/// </summary>
[Flags]
public enum Grammemes : ulong
{
    None = 0,
    GivenName = 1UL << 0,
    Surname = 1UL << 1,
    Patronymic = 1UL << 2,
    Geographic = 1UL << 3,
    Organization = 1UL << 4,
    Abbreviation = 1UL << 5,
    Trademark = 1UL << 6,
    Initial = 1UL << 7,
    SingulareTantum = 1UL << 8,
    PluraleTantum = 1UL << 9,
    Indeclinable = 1UL << 10,
    Superlative = 1UL << 11,
    Qualitative = 1UL << 12,
    PronominalAdjective = 1UL << 13,
    OrdinalNumberAdjective = 1UL << 14,
    Possessive = 1UL << 15,
    Perfective = 1UL << 16,
    Imperfective = 1UL << 17,
    Transitive = 1UL << 18,
    Intransitive = 1UL << 19,
    Impersonal = 1UL << 20,
    Reflexive = 1UL << 21,
    FirstPerson = 1UL << 22,
    SecondPerson = 1UL << 23,
    ThirdPerson = 1UL << 24,
    Present = 1UL << 25,
    Past = 1UL << 26,
    Future = 1UL << 27,
    Indicative = 1UL << 28,
    Imperative = 1UL << 29,
    Inclusive = 1UL << 30,
    Exclusive = 1UL << 31,
    Active = 1UL << 32,
    Passive = 1UL << 33,
    Informal = 1UL << 34,
    Slang = 1UL << 35,
    Archaic = 1UL << 36,
    Literary = 1UL << 37,
    Error = 1UL << 38,
    Distortion = 1UL << 39,
    Interrogative = 1UL << 40,
    Demonstrative = 1UL << 41,
    Parenthesis = 1UL << 42,
    Countable = 1UL << 43,
    Collection = 1UL << 44,
    Anaphoric = 1UL << 45,
    Adjectival = 1UL << 46,
    Variant = 1UL << 47,
    Other = 1UL << 48,

    /// <summary>Any of the proper-name marks that make a word a person's name part.</summary>
    PersonName = GivenName | Surname | Patronymic,
}
