using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Mentions;

/// <summary>
/// Answers about one word that follow from its letters and the lexicons alone, asked by the recognisers at each of its
/// occurrences: worked out at the first question and kept with the word's shared forms, so the next occurrence, in this
/// article or another, reads a field instead of a set, a dictionary or the morphology. Tied to one <see cref="LexiconSet"/>:
/// a word asked about with another set gets new facts. Any thread may work an answer out; each is one field written
/// whole, and every thread finds the same answer, so a race costs a second look-up at worst.
/// </summary>
internal sealed class WordFacts
{
    private const int No = 1;
    private const int Yes = 2;
    private static readonly object NoEntry = new();

    private readonly LexiconSet _lexicons;
    private readonly string _text;
    private readonly string _lower;
    private int _notName;
    private int _lettersOnly;
    private int _dictionaryGiven;
    private int _dictionaryGivenAny;
    private int _knownPatronymic;
    private object? _bodyLemma;
    private (int Offset, int Length, string Country)[]? _compoundCountries;
    private object? _eastAsianSurname;

    private WordFacts(LexiconSet lexicons, string text, string lower) => (_lexicons, _text, _lower) = (lexicons, text, lower);

    /// <summary>The facts of <paramref name="token"/>'s word with <paramref name="lexicons"/>.</summary>
    public static WordFacts Of(Token token, LexiconSet lexicons)
    {
        if (token.Facts is WordFacts known && ReferenceEquals(known._lexicons, lexicons))
        {
            return known;
        }

        var made = new WordFacts(lexicons, token.Text, token.Lower);
        token.Facts = made;
        return made;
    }

    /// <summary>The lower-case word is in the list of words that are never names (not-names.txt).</summary>
    public bool NotName => Ask(ref _notName, static f => f._lexicons.NotNames.Contains(f._lower));

    /// <summary>Letters, hyphens and apostrophes only.</summary>
    public bool LettersOnly => Ask(ref _lettersOnly, static f => PersonRecognizer.LettersOnly(f._text));

    /// <summary>The dictionary reads the word as a given name in the singular.</summary>
    public bool DictionaryGivenName => Ask(ref _dictionaryGiven, static f => Morphology(f).ParseKnown(f._text).Any(r => r.Tag.IsGivenName && r.Tag.Number == KnowledgeGraph.Morphology.Number.Singular));

    /// <summary>The dictionary reads the word as a given name (any number).</summary>
    public bool AnyGivenNameReading => Ask(ref _dictionaryGivenAny, static f => Morphology(f).ParseKnown(f._text).Any(r => r.Tag.IsGivenName));

    /// <summary>The dictionary knows the word as a patronymic («Ильич»).</summary>
    public bool KnownPatronymic => Ask(ref _knownPatronymic, static f => Morphology(f).ParseKnown(f._text).Any(r => r.Tag.IsPatronymic));

    /// <summary>The one-word lexicon body a noun reading's capitalised lemma names («Церкви» -> «Церковь»), or null (see <see cref="OrganizationRecognizer"/>).</summary>
    public GazetteerEntry? BodyOfLemma
    {
        get
        {
            var known = _bodyLemma;
            if (known is null)
            {
                _bodyLemma = known = OrganizationRecognizer.BodyOfLemma(_lexicons, _text) ?? NoEntry;
            }

            return known as GazetteerEntry;
        }
    }

    /// <summary>The countries the parts of a hyphenated word name («казахстанско-американского»), see <see cref="PlaceRecognizer"/>.</summary>
    public (int Offset, int Length, string Country)[] CompoundCountries => _compoundCountries ??= PlaceRecognizer.CompoundCountries(_lexicons, _text);

    /// <summary>The east Asian surname the word is, in the nominative, and the case its ending shows, or null (see <see cref="EastAsianNameRecognizer"/>).</summary>
    public (string Nominative, KnowledgeGraph.Morphology.Case Case)? EastAsianSurname
    {
        get
        {
            var known = _eastAsianSurname;
            if (known is null)
            {
                _eastAsianSurname = known = EastAsianNameRecognizer.Surname(_lexicons, _text, _lower) is { } surname ? surname : NoEntry;
            }

            return known is ValueTuple<string, KnowledgeGraph.Morphology.Case> found ? found : null;
        }
    }

    private static KnowledgeGraph.Morphology.MorphAnalyzer Morphology(WordFacts f) => f._lexicons.Surnames.Morphology;

    private bool Ask(ref int answer, Func<WordFacts, bool> question)
    {
        if (answer != 0)
        {
            return answer == Yes;
        }

        var yes = question(this);
        answer = yes ? Yes : No;
        return yes;
    }
}
