using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Morphology;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// The relation and event vocabularies, read at run time from the lexicon folder by <see cref="LexiconFile"/>
/// like every entity lexicon: the trigger lists of <c>relations/</c>, and from the entity lexicons themselves
/// the titles (<c>positions.txt</c>: every title with a relation; with the <c>@state</c> flag, a state's office)
/// and the event nouns (<c>event-nouns.txt</c>, attribute <c>@event</c>) as triggers matching every form of their
/// nominative (<see cref="PhraseForms"/>),
/// the cities' countries and capitals (<c>cities.txt</c>, fields <c>@in COUNTRY</c> and <c>@capital</c>) and the
/// country adjectives (<c>country-adjectives.txt</c>). Loaded with the <see cref="LexiconSet"/>, compiled once.
/// </summary>
internal sealed class RelationLexicons
{
    private const string Folder = "relations";

    /// <summary>The titles, shared with the name recognisers: title | relation | flags.</summary>
    public const string PositionsFile = "positions.txt";

    /// <summary>The relation field of a title that links its holder to no body.</summary>
    public const string NoRelation = "-";

    /// <summary>The flag of a title that is an office of a state.</summary>
    public const string StateFlag = "@state";

    /// <summary>The event nouns, shared with the name recognisers: noun | gender | attributes.</summary>
    public const string EventNounsFile = "event-nouns.txt";

    /// <summary>The attribute of an event noun whose mentions (or the phrase after it) become Event nodes in the relation stage.</summary>
    public const string EventFlag = "@event";

    /// <summary>The attribute of an event noun whose <see cref="EventFlag"/> mentions are singular forms only.</summary>
    public const string SingularFlag = "@singular";

    private readonly MorphAnalyzer _morph;

    /// <summary>The morphology dictionary the forms were derived with.</summary>
    public MorphAnalyzer Morphology => _morph;

    /// <summary>The event nouns whose mentions are singular forms only (<see cref="SingularFlag"/>).</summary>
    public HashSet<string> SingularEvents { get; }

    private static readonly Lazy<RelationLexicons> Instance = new(() => Load(LexiconLocator.FindDefault()));

    private readonly string _directory;

    private RelationLexicons(string directory)
    {
        _directory = directory;
        MetWith = Index("met-with.txt");
        Praised = Index("praised.txt");
        Criticized = Index("criticized.txt");
        Visited = Index("visited.txt");
        Participated = Index("participated.txt");
        Organized = Index("organized.txt");
        Agreed = Index("agreed.txt");
        Authored = Index("authored.txt");
        _morph = MorphAnalyzer.ForFolder(MorphologyLocator.FindBeside(directory));
        var titles = LexiconFile.Read(Path.Combine(directory, PositionsFile)).ToList();
        var related = titles.Where(f => f.Length > 1 && f[1] != NoRelation).ToList();
        Positions = new TriggerIndex(related.Select(f => Derived(f[0], f[1])), related.Select(f => f[0]).Where(t => !t.Contains(' ', StringComparison.Ordinal)));
        StateTitles = new TriggerIndex(titles.Where(f => f.Contains(StateFlag)).Select(f => Derived(f[0], f[1])));
        PositionBodies = new TriggerIndex(Pairs("position-bodies.txt").Select(p => Derived(p.Key, p.Value)));
        var eventNouns = LexiconFile.Read(Path.Combine(directory, EventNounsFile)).ToList();
        Events = new TriggerIndex(eventNouns.SelectMany(EventTriggers));
        SingularEvents = eventNouns.Where(f => f.Contains(SingularFlag)).Select(f => f[0]).ToHashSet(StringComparer.Ordinal);
        Triggers = new TriggerKeys(MetWith, Praised, Criticized, Visited, Participated, Organized, Agreed, Authored, Positions, Events);

        // «российский | Россия» -> the stem «российск» matches every case and gender of the adjective
        Demonyms = [.. LexiconFile.Read(Path.Combine(directory, "country-adjectives.txt"))
            .Where(f => f.Length > 1 && f[0].Length >= MinDemonymStem + 2)
            .Select(f => new KeyValuePair<string, string>(Tokenizer.Fold(f[0].AsSpan(0, f[0].Length - 2)), f[1]))];
        foreach (var fields in LexiconFile.Read(Path.Combine(directory, "cities.txt")))
        {
            var country = fields.FirstOrDefault(f => f.StartsWith("@in ", StringComparison.Ordinal))?[4..].Trim();
            if (country is null)
            {
                continue;
            }

            var capital = fields.Contains("@capital");
            foreach (var name in fields.Where(f => !LexiconFile.IsAttribute(f)))
            {
                var city = Tokenizer.Fold(name);
                CityCountry[city] = country;
                if (capital)
                {
                    Capitals.Add(city);
                }
            }
        }

        foreach (var (cls, word) in Pairs("words.txt"))
        {
            if (!Words.TryGetValue(cls, out var set))
            {
                Words[cls] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(Tokenizer.Fold(word));
        }

        // class names interned, so that a rule's literal («breaker») is found by reference, with no hashing
        _classes = [.. Words.Select(kv => (string.Intern(kv.Key), kv.Value))];
    }

    /// <summary>The vocabularies of the lexicon folder <paramref name="directory"/>.</summary>
    public static RelationLexicons Load(string directory) => new(directory);

    /// <summary>The vocabularies of the default lexicon folder (for a relation stage handed a document without its lexicon set).</summary>
    public static RelationLexicons Default => Instance.Value;

    public TriggerIndex MetWith { get; }

    public TriggerIndex Praised { get; }

    public TriggerIndex Criticized { get; }

    public TriggerIndex Visited { get; }

    public TriggerIndex Participated { get; }

    public TriggerIndex Organized { get; }

    public TriggerIndex Agreed { get; }

    public TriggerIndex Authored { get; }

    /// <summary>Titles; the value is the relationship type the title gives.</summary>
    public TriggerIndex Positions { get; }

    /// <summary>Titles of a state's offices, whose body defaults to the document's country.</summary>
    public TriggerIndex StateTitles { get; }

    /// <summary>Titles naming the body they head; the value is the start of that body's name.</summary>
    public TriggerIndex PositionBodies { get; }

    /// <summary>Event mentions; the value is the canonical noun, which is also the event's kind.</summary>
    public TriggerIndex Events { get; }

    /// <summary>The keys of the indexes the rules scan every sentence with: a sentence's words are looked up once for all of them.</summary>
    public TriggerKeys Triggers { get; }

    /// <summary>The shortest stem of <see cref="Demonyms"/>: an adjective of five letters at least, less its two-letter ending.</summary>
    public const int MinDemonymStem = 3;

    /// <summary>(adjective stem, country name) pairs.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Demonyms { get; }

    /// <summary>Folded city name -> country name.</summary>
    public Dictionary<string, string> CityCountry { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded names of capitals.</summary>
    public HashSet<string> Capitals { get; } = new(StringComparer.Ordinal);

    private Dictionary<string, HashSet<string>> Words { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether a folded word belongs to a closed class of words.txt (prep, breaker, coord, with, in, between, party, side).</summary>
    public bool Is(string wordClass, string folded) => ClassOf(wordClass) is { } s && s.Contains(folded);

    private readonly (string Name, HashSet<string> Words)[] _classes;

    private HashSet<string>? ClassOf(string wordClass)
    {
        foreach (var (name, words) in _classes)
        {
            if (ReferenceEquals(name, wordClass))
            {
                return words;
            }
        }

        return Words.GetValueOrDefault(wordClass);
    }

    /// <summary>A trigger matching every form of a nominative lexicon phrase (<see cref="PhraseForms"/>).</summary>
    private TriggerPattern Derived(string nominative, string value, bool singular = false) =>
        TriggerPattern.Parse(PhraseForms.Pattern(_morph, nominative, singular), value);

    // «прием | m | @event прием по случаю | @singular»: one trigger per @event phrase (the noun itself when bare), valued the noun
    private IEnumerable<TriggerPattern> EventTriggers(string[] fields)
    {
        var singular = fields.Contains(SingularFlag);
        foreach (var f in fields.Where(f => f == EventFlag || f.StartsWith(EventFlag + " ", StringComparison.Ordinal)))
        {
            var phrase = f.Length > EventFlag.Length ? f[EventFlag.Length..].Trim() : fields[0];
            yield return Derived(phrase, fields[0], singular);
        }
    }

    /// <summary>«noun:», «passive:» prefixes become the pattern's value.</summary>
    private TriggerIndex Index(string file) => new(Lines(file).Select(l =>
    {
        var colon = l.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && !l[..colon].Contains(' ', StringComparison.Ordinal)
            ? TriggerPattern.Parse(l[(colon + 1)..], l[..colon])
            : TriggerPattern.Parse(l);
    }));

    private IEnumerable<KeyValuePair<string, string>> Pairs(string file) => Lines(file).Select(l =>
    {
        var bar = l.IndexOf('|', StringComparison.Ordinal);
        return bar < 0
            ? throw new FormatException($"{Folder}/{file}: '{l}' is not 'key | value'.")
            : new KeyValuePair<string, string>(l[..bar].Trim(), l[(bar + 1)..].Trim());
    });

    private List<string> Lines(string file) => [.. LexiconFile.ReadLines(Path.Combine(_directory, Folder, file))];
}
