using System.Collections.Concurrent;

namespace KnowledgeGraph.Extraction.Lexicons;

/// <summary>
/// One number for every look-up key a gazetteer holds (a lexicon word's stem, an abbreviation), shared by
/// all gazetteers of the process. A text word's candidate stems are looked up here once per word and text
/// (<see cref="Text.Token.KeyIds"/>), without making a string of each; the gazetteers' tries then step by
/// number, so the same stem is not hashed again by every gazetteer and every phrase. A stem no gazetteer
/// holds has no number, and no trie could have matched it. Numbers are given while gazetteers are built
/// (lexicons load once) and read from many threads.
/// </summary>
public static class StemIds
{
    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> BySpan = Ids.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Lock Adding = new();

    /// <summary>How many keys have a number: grows only while gazetteers are built, so a token's numbers found before stay valid until it changes.</summary>
    public static int Count => Volatile.Read(ref _count);

    private static int _count;

    // by number: the slots (a bit each) of the gazetteers having a phrase that starts with the key; replaced whole when it grows
    private static ushort[] _roots = new ushort[1024];

    /// <summary>Changes whenever a key gets a number or a slot starts a phrase with a key: a word's numbers and mask made at another version are made again.</summary>
    public static int Version => Volatile.Read(ref _version);

    private static int _version;

    /// <summary>The number of <paramref name="key"/>, given now when it has none.</summary>
    public static int Intern(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Ids.TryGetValue(key, out var id))
        {
            return id;
        }

        lock (Adding)
        {
            if (!Ids.TryGetValue(key, out id))
            {
                id = _count;
                Ids[key] = id;
                Volatile.Write(ref _count, id + 1);
                Interlocked.Increment(ref _version);
            }

            return id;
        }
    }

    /// <summary>Records that a gazetteer of <paramref name="slot"/> (below 16) has a phrase whose first word's key has number <paramref name="id"/>.</summary>
    public static void MarkRoot(int id, int slot)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        ArgumentOutOfRangeException.ThrowIfNegative(slot);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(slot, 16);
        lock (Adding)
        {
            var roots = _roots;
            if (id < roots.Length && (roots[id] & (1 << slot)) != 0)
            {
                return;
            }

            if (id >= roots.Length)
            {
                var grown = new ushort[Math.Max(roots.Length * 2, id + 1)];
                roots.CopyTo(grown, 0);
                roots = grown;
            }

            roots[id] |= (ushort)(1 << slot);
            Volatile.Write(ref _roots, roots);
            Interlocked.Increment(ref _version);
        }
    }

    /// <summary>The slots (a bit each) whose gazetteers have a phrase starting with one of the keys numbered <paramref name="ids"/>.</summary>
    public static int RootMask(ReadOnlySpan<int> ids)
    {
        var roots = Volatile.Read(ref _roots);
        var mask = 0;
        foreach (var id in ids)
        {
            if (id < roots.Length)
            {
                mask |= roots[id];
            }
        }

        return mask;
    }

    /// <summary>The number of a key held by some gazetteer, or false when none holds it.</summary>
    public static bool TryFind(ReadOnlySpan<char> key, out int id) => BySpan.TryGetValue(key, out id);

    /// <summary>
    /// The numbers of the candidate stems of a word (<see cref="Stems.CandidateLengths"/>) that some gazetteer
    /// holds, in the candidates' order.
    /// </summary>
    public static int[] OfCandidates(ReadOnlySpan<char> lower, bool word, bool allCaps)
    {
        Span<int> lengths = stackalloc int[Stems.MaxCandidates];
        var count = word ? Stems.CandidateLengths(lower, allCaps, lengths) : Whole(lower, lengths);
        Span<int> found = stackalloc int[Stems.MaxCandidates];
        var n = 0;
        for (var k = 0; k < count; k++)
        {
            if (TryFind(lower[..lengths[k]], out var id))
            {
                found[n++] = id;
            }
        }

        return n == 0 ? [] : found[..n].ToArray();
    }

    private static int Whole(ReadOnlySpan<char> lower, Span<int> lengths)
    {
        lengths[0] = lower.Length;
        return 1;
    }
}
