namespace KnowledgeGraph.Morphology;

/// <summary>
/// The grammatical reading of one word form: small, immutable, compared by value.
/// Categories a word does not have are <c>None</c> (an adverb has no case).
/// </summary>
public readonly record struct Tag(
    PartOfSpeech PartOfSpeech,
    Animacy Animacy,
    Gender Gender,
    Number Number,
    Case Case,
    Grammemes Grammemes)
{
    public bool Has(Grammemes grammemes) => (Grammemes & grammemes) == grammemes;

    public bool HasAny(Grammemes grammemes) => (Grammemes & grammemes) != 0;

    public bool IsGivenName => Has(Grammemes.GivenName);

    public bool IsSurname => Has(Grammemes.Surname);

    public bool IsPatronymic => Has(Grammemes.Patronymic);

    public bool IsGeographic => Has(Grammemes.Geographic);

    public bool IsOrganization => Has(Grammemes.Organization);

    public bool IsAbbreviation => Has(Grammemes.Abbreviation);

    /// <summary>A noun, adjective or participle: a word that has case (and usually gender and number).</summary>
    public bool IsNominal => PartOfSpeech is PartOfSpeech.Noun or PartOfSpeech.Adjective or PartOfSpeech.Participle
        or PartOfSpeech.Numeral or PartOfSpeech.Pronoun;

    /// <summary>
    /// Whether two nominal forms can stand together as one phrase: same case, and same number
    /// and gender where both have them (plural forms carry no gender; common gender fits both).
    /// </summary>
    public bool AgreesWith(Tag other)
    {
        if (Case != other.Case || Case == Case.None)
        {
            return false;
        }

        if (Number != Number.None && other.Number != Number.None && Number != other.Number)
        {
            return false;
        }

        return Number == Number.Plural || other.Number == Number.Plural || GendersFit(Gender, other.Gender);
    }

    private static bool GendersFit(Gender a, Gender b) =>
        a == b || a == Gender.None || b == Gender.None || a == Gender.Common || b == Gender.Common;

    /// <summary>OpenCorpora's notation, e.g. <c>NOUN,anim,masc,Surn sing,gent</c> (ours: one comma list).</summary>
    public override string ToString() => GrammemeNames.Format(this);
}
