using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Naming;

/// <summary>
/// The nominatives (and genders) a written given name may come from: the morphology dictionary's readings and the
/// given-name lexicon's entries that a case ending points to. Cached per form, shared by all threads.
/// </summary>
public sealed class GivenNameReadings(Gazetteer firstNames, SurnameForms surnames)
{
    private const int CacheLimit = 100_000;

    private readonly BoundedCache<string, (string Nominative, char Gender)[]> _cache = new(CacheLimit, StringComparer.Ordinal);

    /// <summary>
    /// Whether the lexicon's given name <paramref name="canonical"/>, matched by its stem, is really what <paramref name="form"/>
    /// says: the form as written or one of its case forms, by the dictionary when it knows the form as a given name, else by the
    /// case endings the lexicon's name can take («Кими» is not a form of «Ким», «Лиза» is not «Лиз»).
    /// </summary>
    public bool IsFormOf(string form, string canonical)
    {
        if (Same(form, canonical))
        {
            return true;
        }

        // the dictionary's word when it knows the form as a given name, else the case endings the lexicon's name can take
        var known = surnames.GivenCandidates(form);
        return AnyNamed(known.Count > 0 ? known : Readings(form), canonical);
    }

    // a loop, not a query: the queries' closure over the name was made at every call, before the first test (2.8 KB an article)
    private static bool AnyNamed(IReadOnlyList<(string Nominative, char Gender)> readings, string canonical)
    {
        foreach (var r in readings)
        {
            if (Same(r.Nominative, canonical))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Same(string a, string b) =>
        string.Equals(a.Replace('ё', 'е').Replace('Ё', 'Е'), b.Replace('ё', 'е').Replace('Ё', 'Е'), StringComparison.OrdinalIgnoreCase);

    /// <summary>The dictionary's readings of a written given name, and the given-name lexicon's entry for it («Алие» -> «Алия», f, which the dictionary lacks).</summary>
    public IReadOnlyList<(string Nominative, char Gender)> Readings(string form)
    {
        if (_cache.TryGetValue(form, out var known))
        {
            return known;
        }

        var found = Read(form).Distinct().ToArray();
        return _cache.Keep(form, found);
    }

    private IEnumerable<(string Nominative, char Gender)> Read(string form)
    {
        foreach (var reading in surnames.GivenCandidates(form))
        {
            yield return reading;
        }

        // the lexicon's names, in the nominative a case ending of either gender points to: «Алие» -> «Алия» (f), «Ерику» -> «Ерик» (m)
        foreach (var (ending, nominatives) in ObliqueEndings)
        {
            if (form.Length < ending.Length + 2 || (ending.Length > 0 && !form.EndsWith(ending, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            foreach (var nominative in nominatives)
            {
                var candidate = form[..^ending.Length] + nominative;
                var probe = Tokenizer.Tokenize(candidate);
                // a woman's name ending in a consonant does not decline («Лиз», «Эстер»): «Лиза» is not a form of «Лиз»
                if (probe.Count == 1 && firstNames.LongestAt(probe, 0) is { Entry: { Tags.Length: > 0 } entry }
                    && string.Equals(entry.Canonical, candidate, StringComparison.OrdinalIgnoreCase)
                    && (nominative.Length > 0 || ending.Length == 0 || entry.Tags[0] == 'm'))
                {
                    yield return (entry.Canonical, entry.Tags[0]);
                }
            }
        }
    }

    // case endings of given names and the nominative endings they may come from (first and second declension)
    private static readonly (string Ending, string[] Nominatives)[] ObliqueEndings =
    [
        ("", [""]), ("ой", ["а"]), ("ей", ["я", "ь"]), ("е", ["а", "я", ""]), ("и", ["я", "ь", "а"]), ("ы", ["а"]), ("у", ["а", ""]), ("ю", ["я", "ь", "й"]),
        ("а", [""]), ("я", ["й", "ь"]), ("ом", [""]), ("ем", ["й", "ь"]),
    ];
}
