using System.Collections.Concurrent;
using System.Diagnostics;

namespace KnowledgeGraph.Morphology;

/// <summary>
/// Russian morphology on the OpenCorpora dictionary, in pymorphy2's manner: <see cref="Parse"/>
/// gives every reading of a word form, <see cref="Inflect"/> puts a reading into a requested
/// case, number or gender, and words the dictionary lacks are read by their endings.
/// Immutable once loaded and safe to share between threads: load it once per process with
/// <see cref="Default"/> or <see cref="ForFolder"/>.
/// </summary>
public sealed class MorphAnalyzer
{
    private const int StackLimit = 64;

    private static readonly Lazy<MorphAnalyzer> DefaultInstance =
        new(() => ForFolder(MorphologyLocator.FindDefault()), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly ConcurrentDictionary<string, Lazy<MorphAnalyzer>> ByFolder = new(StringComparer.Ordinal);

    private readonly MorphologyData _data;
    private readonly ReadingCache _known;
    private readonly ReadingCache _parsed;

    private MorphAnalyzer(MorphologyData data, TimeSpan loadTime)
    {
        _data = data;
        LoadTime = loadTime;
        _known = new ReadingCache(ParseKnownNormalized);
        _parsed = new ReadingCache(ParseNormalized);
    }

    /// <summary>The analyzer on the dictionary found by <see cref="MorphologyLocator.FindDefault"/>, loaded on first use.</summary>
    public static MorphAnalyzer Default => DefaultInstance.Value;

    /// <summary>Where the dictionary came from (source, version, conversion).</summary>
    public string Source => _data.Source;

    /// <summary>How long reading and decoding the dictionary took.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>The analyzer on the dictionary in <paramref name="folder"/>, loaded once per process and folder.</summary>
    public static MorphAnalyzer ForFolder(string folder) =>
        ByFolder.GetOrAdd(Path.GetFullPath(folder),
            full => new Lazy<MorphAnalyzer>(() => Load(Path.Combine(full, MorphologyData.FileName)), LazyThreadSafetyMode.ExecutionAndPublication))
            .Value;

    /// <summary>A new analyzer on one dictionary file (benchmarks and tests; everything else shares <see cref="ForFolder"/>).</summary>
    public static MorphAnalyzer Load(string file)
    {
        var clock = Stopwatch.StartNew();
        var data = MorphologyData.Load(file);
        return new MorphAnalyzer(data, clock.Elapsed);
    }

    /// <summary>
    /// Every reading of <paramref name="word"/> (any capitalisation): the dictionary's, or when it has
    /// none, the guesser's by the word's ending. Empty for words with no letters the dictionary knows.
    /// </summary>
    public IReadOnlyList<Reading> Parse(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        Span<char> key = word.Length <= StackLimit ? stackalloc char[word.Length] : new char[word.Length];
        Normalize(word, key);
        return _parsed.Get(key);
    }

    /// <summary>The dictionary's readings only (empty when the word is not in it), the most probable first.</summary>
    public IReadOnlyList<Reading> ParseKnown(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        Span<char> key = word.Length <= StackLimit ? stackalloc char[word.Length] : new char[word.Length];
        Normalize(word, key);
        return _known.Get(key);
    }

    private List<Reading> ParseNormalized(string key)
    {
        var readings = ParseKnownNormalized(key);
        if (readings.Count == 0)
        {
            SuffixGuesser.Collect(_data, key, null, readings);
        }

        return readings;
    }

    /// <summary>
    /// The guesser's readings by the word's ending, even when the dictionary knows the word.
    /// With <paramref name="accept"/>, only readings whose tag it accepts count, and the longest
    /// ending that has such readings decides (a surname's ending, not a participle's).
    /// </summary>
    public IReadOnlyList<Reading> Guess(string word, Func<Tag, bool>? accept = null)
    {
        var readings = new List<Reading>();
        SuffixGuesser.Collect(_data, Normalize(word), accept, readings);
        return readings;
    }

    /// <summary>
    /// The form of the reading's lexeme with the requested case, number and gender (<c>None</c>: keep
    /// what fits best); the other grammemes stay as close to the reading as the lexeme allows.
    /// Null when the lexeme has no such form.
    /// </summary>
    public Reading? Inflect(Reading reading, Case @case = Case.None, Number number = Number.None, Gender gender = Gender.None)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return Inflector.Inflect(_data, reading, @case, number, gender);
    }

    /// <summary>Every form of the reading's lexeme, the lemma first.</summary>
    public IReadOnlyList<Reading> Lexeme(Reading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return Inflector.Lexeme(_data, reading);
    }

    /// <summary>Lower case, ё written е: the spelling the dictionary is stored in.</summary>
    public static string Normalize(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return string.Create(word.Length, word, static (span, w) => Normalize(w, span));
    }

    private static void Normalize(ReadOnlySpan<char> word, Span<char> into)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = Model.TextCase.ToLower(word[i]);
            into[i] = c == 'ё' ? 'е' : c;
        }
    }

    private List<Reading> ParseKnownNormalized(string key)
    {
        var readings = new List<Reading>();
        if (key.Length == 0)
        {
            return readings;
        }

        Span<byte> encoded = key.Length <= StackLimit ? stackalloc byte[key.Length] : new byte[key.Length];
        if (!_data.TryEncode(key, encoded))
        {
            return readings;
        }

        DictionaryLookup.Collect(_data, key, encoded, readings);
        return readings.Count == 0 ? readings : Scored(encoded, readings);
    }

    /// <summary>
    /// Scores the dictionary's readings as pymorphy2 does: by P(tag | word) from the annotated
    /// corpus where the word occurs there (most probable first), else evenly.
    /// </summary>
    private List<Reading> Scored(ReadOnlySpan<byte> encoded, List<Reading> readings)
    {
        var probabilities = _data.Probabilities.Find(encoded);
        var weights = new double[readings.Count];
        var total = 0.0;
        for (var i = 0; i < readings.Count && !probabilities.IsEmpty; i++)
        {
            var tagId = _data.Paradigms[readings[i].Paradigm].TagId(readings[i].Form);
            for (var j = 0; j + 1 < probabilities.Length; j += 2)
            {
                if (probabilities[j] == tagId)
                {
                    weights[i] = probabilities[j + 1];
                    total += weights[i];
                }
            }
        }

        if (total <= 0)
        {
            for (var i = 0; i < readings.Count; i++)
            {
                readings[i] = readings[i].WithScore(1.0 / readings.Count);
            }

            return readings;
        }

        return readings.Select((reading, i) => reading.WithScore(weights[i] / total))
            .OrderByDescending(reading => reading.Score)
            .ToList();
    }
}
