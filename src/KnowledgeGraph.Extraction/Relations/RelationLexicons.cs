using System.Reflection;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// The relation and event vocabularies of graph-seeds/lexicons/relations, embedded in the assembly
/// and compiled once. Every rule reads its words from here.
/// </summary>
internal sealed class RelationLexicons
{
    private static readonly Lazy<RelationLexicons> Instance = new(() => new RelationLexicons());

    private RelationLexicons()
    {
        MetWith = Index("met-with.txt");
        Praised = Index("praised.txt");
        Criticized = Index("criticized.txt");
        Visited = Index("visited.txt");
        Participated = Index("participated.txt");
        Organized = Index("organized.txt");
        Agreed = Index("agreed.txt");
        Authored = Index("authored.txt");
        Positions = new TriggerIndex(Pairs("positions.txt").Select(p => TriggerPattern.Parse(p.Key, p.Value)));
        StateTitles = Index("state-titles.txt");
        PositionBodies = new TriggerIndex(Pairs("position-bodies.txt").Select(p => TriggerPattern.Parse(p.Key, p.Value)));
        Events = new TriggerIndex(Lines("events.txt").Select(ParseEvent));
        Demonyms = Pairs("demonyms.txt").ToList();
        foreach (var line in Lines("cities.txt"))
        {
            var f = line.Split('|', StringSplitOptions.TrimEntries);
            var city = Tokenizer.Fold(f[0]);
            CityCountry[city] = f[1];
            if (f.Length > 2 && f[2] == "capital")
            {
                Capitals.Add(city);
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
    }

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

    /// <summary>(adjective stem, country name) pairs.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Demonyms { get; }

    /// <summary>Folded city name -> country name.</summary>
    public Dictionary<string, string> CityCountry { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded names of capitals.</summary>
    public HashSet<string> Capitals { get; } = new(StringComparer.Ordinal);

    private Dictionary<string, HashSet<string>> Words { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether a folded word belongs to a closed class of words.txt (prep, breaker, coord, with, in, between, party, side).</summary>
    public bool Is(string wordClass, string folded) => Words.TryGetValue(wordClass, out var s) && s.Contains(folded);

    private static TriggerPattern ParseEvent(string line)
    {
        var f = line.Split('|', StringSplitOptions.TrimEntries);
        return f.Length == 2 ? TriggerPattern.Parse(f[1], f[0]) : throw new FormatException($"relations/events.txt: '{line}' is not 'noun | pattern'.");
    }

    /// <summary>«noun:», «passive:» prefixes become the pattern's value.</summary>
    private static TriggerIndex Index(string file) => new(Lines(file).Select(l =>
    {
        var colon = l.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && !l[..colon].Contains(' ', StringComparison.Ordinal)
            ? TriggerPattern.Parse(l[(colon + 1)..], l[..colon])
            : TriggerPattern.Parse(l);
    }));

    private static IEnumerable<KeyValuePair<string, string>> Pairs(string file) => Lines(file).Select(l =>
    {
        var bar = l.IndexOf('|', StringComparison.Ordinal);
        return bar < 0
            ? throw new FormatException($"relations/{file}: '{l}' is not 'key | value'.")
            : new KeyValuePair<string, string>(l[..bar].Trim(), l[(bar + 1)..].Trim());
    });

    private static IEnumerable<string> Lines(string file)
    {
        var asm = typeof(RelationLexicons).Assembly;
        using var stream = asm.GetManifestResourceStream("relations/" + file)
            ?? throw new InvalidOperationException($"Lexicon relations/{file} is not embedded in {asm.GetName().Name}.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
