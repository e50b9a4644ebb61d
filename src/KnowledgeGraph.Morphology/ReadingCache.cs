using System.Collections.Concurrent;

namespace KnowledgeGraph.Morphology;

/// <summary>
/// The readings already found for a normalised word, shared by every thread: an article asks about the
/// same words many times (each recogniser and rule reads them again) and a corpus about the same
/// vocabulary, while a dictionary look-up decodes and scores every form anew. Readings are immutable,
/// so a remembered list is the answer itself. Bounded: past <see cref="Limit"/> words it starts afresh,
/// so memory stays small whatever the corpus.
/// </summary>
internal sealed class ReadingCache(Func<string, List<Reading>> find)
{
    public const int Limit = 50_000;

    private readonly ConcurrentDictionary<string, IReadOnlyList<Reading>> _readings = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>The readings of <paramref name="key"/> (normalised); a word seen before costs no allocation.</summary>
    public IReadOnlyList<Reading> Get(ReadOnlySpan<char> key)
    {
        if (_readings.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var found))
        {
            return found;
        }

        var word = new string(key);
        // an array, shared by every caller through IReadOnlyList: LINQ's Any, All and First read it as a span,
        // with no enumerator allocated at each question
        IReadOnlyList<Reading> readings = find(word).ToArray();
        if (Interlocked.Increment(ref _count) > Limit)
        {
            _readings.Clear();
            Interlocked.Exchange(ref _count, 0);
        }

        return _readings.GetOrAdd(word, readings);
    }
}
