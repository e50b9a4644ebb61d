using System.Collections.Concurrent;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Answers worked out once and remembered for the process, shared by every thread (an answer is the same whoever works
/// it out). Past its limit it starts afresh, so memory stays small whatever the corpus. How many answers it holds is
/// counted as they are kept: asking a <see cref="ConcurrentDictionary{TKey, TValue}"/> its count takes every lock.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int limit, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _items = new(comparer);
    private int _count;

    public int Limit => limit;

    public bool TryGetValue(TKey key, out TValue value) => _items.TryGetValue(key, out value!);

    /// <summary>Remembers <paramref name="value"/> for <paramref name="key"/> and returns it; the cache is emptied first when it is full.</summary>
    public TValue Keep(TKey key, TValue value)
    {
        if (Interlocked.Increment(ref _count) > limit)
        {
            _items.Clear();
            Interlocked.Exchange(ref _count, 1);
        }

        _items[key] = value;
        return value;
    }

    /// <summary>How many answers are held now (takes every lock: for tests, not for the look-ups).</summary>
    public int Count => _items.Count;
}
