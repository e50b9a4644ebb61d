namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// A precompiled set of patterns, indexed by the first letters of their first word. Sentences come as the list they are
/// (<see cref="SentenceView.Tokens"/>), not as an interface: with no profile-guided JIT (the Cli turns TieredPGO off) each
/// count and token read through IReadOnlyList went through a dispatch stub, at every word the rules scan (the stubs were
/// 2.4-2.8% of one-thread extraction samples, 1.3-1.5% with the list).
/// </summary>
internal sealed class TriggerIndex
{
    /// <summary>Patterns are filed under the first letters of their first word, at most this many.</summary>
    public const int KeyLength = 3;
    private readonly Dictionary<string, Bucket> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Bucket>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    private readonly List<TriggerPattern> _patterns = [];

    // bit n set: some key is n letters long (most indexes have only three-letter keys: one look-up a word)
    private readonly int _keyLengths;

    /// <param name="patterns">The patterns.</param>
    /// <param name="lemmas">For patterns derived from nominative lexicon entries, the nominatives of their one-word entries.</param>
    public TriggerIndex(IEnumerable<TriggerPattern> patterns, IEnumerable<string>? lemmas = null)
    {
        var set = lemmas?.Select(l => Tokenizer.Fold(l)).ToHashSet(StringComparer.Ordinal);
        Lemmas = set;
        _lemmaBySpan = set?.GetAlternateLookup<ReadOnlySpan<char>>();
        _bySpan = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        var lists = new Dictionary<string, List<TriggerPattern>>(StringComparer.Ordinal);
        var keyOrder = new List<string>();
        foreach (var p in patterns)
        {
            _patterns.Add(p);
            foreach (var alt in p.FirstAlternatives)
            {
                var key = alt.Length >= KeyLength ? alt[..KeyLength] : alt;
                if (!lists.TryGetValue(key, out var list))
                {
                    lists[key] = list = [];
                    keyOrder.Add(key);
                }

                if (!list.Contains(p))
                {
                    list.Add(p);
                }
            }
        }

        foreach (var key in keyOrder)
        {
            _byKey[key] = new Bucket(lists[key]);
            _keyLengths |= 1 << key.Length;
        }
    }

    /// <summary>The keys patterns are filed under (<see cref="TriggerKeys"/> gathers those of several indexes).</summary>
    public IEnumerable<string> Keys => _byKey.Keys;

    /// <summary>The patterns, in the order given.</summary>
    public IReadOnlyList<TriggerPattern> Patterns => _patterns;

    /// <summary>
    /// The nominatives the patterns were derived from (one-word entries), when they were: every case form is in
    /// the patterns, so whether a word is the dictionary form of an entry is asked here. Null for hand-written patterns.
    /// </summary>
    public IReadOnlySet<string>? Lemmas { get; }

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? _lemmaBySpan;

    /// <summary>The entry of <see cref="Lemmas"/> spelt <paramref name="word"/>, if any (asked with a span: nothing is allocated).</summary>
    public bool TryGetLemma(ReadOnlySpan<char> word, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? lemma)
    {
        lemma = null;
        return _lemmaBySpan is { } lookup && lookup.TryGetValue(word, out lemma);
    }

    /// <summary>Every match in the tokens, leftmost first; at one start the longest pattern wins (found as the loop asks: no list, no iterator object).</summary>
    public TriggerMatches Matches(List<Token> tokens) => new(this, tokens, null, 0);

    /// <summary>
    /// The longest match starting at token <paramref name="at"/>, if any; between matches of one length, the first
    /// met (patterns of the longer key first, then in lexicon order).
    /// </summary>
    public TriggerMatch? Longest(List<Token> tokens, int at) => Longest(tokens, at, tokens.Count);

    /// <summary><see cref="Longest(List{Token}, int)"/> as if the tokens ended at <paramref name="end"/> (a window of a sentence, without copying it).</summary>
    public TriggerMatch? Longest(List<Token> tokens, int at, int end)
    {
        var w = tokens[at].Lower;
        TriggerMatch? best = null;
        for (var len = Math.Min(KeyLength, w.Length); len >= 1; len--)
        {
            if ((_keyLengths & (1 << len)) == 0 || !_bySpan.TryGetValue(w.AsSpan(0, len), out var bucket))
            {
                continue;
            }

            bucket.Longest(tokens, at, end, ref best);
        }

        return best;
    }

    /// <summary>
    /// The patterns under one key, in lexicon order, with the words their first element lists exactly: a word is
    /// looked up once, not once a pattern, and only patterns listing it or having a stem are tried.
    /// </summary>
    private sealed class Bucket
    {
        private static readonly int[] None = [];
        private readonly TriggerPattern[] _patterns;
        private readonly Dictionary<string, int[]> _byWord = new(StringComparer.Ordinal);
        private readonly int[] _withStems;

        public Bucket(List<TriggerPattern> patterns)
        {
            _patterns = [.. patterns];
            var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var stems = new List<int>();
            for (var i = 0; i < _patterns.Length; i++)
            {
                foreach (var word in _patterns[i].FirstExact)
                {
                    if (!byWord.TryGetValue(word, out var list))
                    {
                        byWord[word] = list = [];
                    }

                    if (list.Count == 0 || list[^1] != i)
                    {
                        list.Add(i);
                    }
                }

                if (_patterns[i].FirstHasStems)
                {
                    stems.Add(i);
                }
            }

            foreach (var (word, list) in byWord)
            {
                _byWord[word] = [.. list];
            }

            _withStems = [.. stems];
        }

        /// <summary>Tries the patterns that may accept the word at <paramref name="at"/>, in order; a longer match replaces <paramref name="best"/>.</summary>
        public void Longest(List<Token> tokens, int at, int end, ref TriggerMatch? best)
        {
            var listed = _byWord.TryGetValue(tokens[at].Lower, out var found) ? found : None;
            int a = 0, b = 0;
            while (a < listed.Length || b < _withStems.Length)
            {
                int i;
                bool accepted;
                if (b >= _withStems.Length || (a < listed.Length && listed[a] <= _withStems[b]))
                {
                    i = listed[a];
                    accepted = true;
                    if (b < _withStems.Length && _withStems[b] == i)
                    {
                        b++;
                    }

                    a++;
                }
                else
                {
                    i = _withStems[b++];
                    accepted = false;
                }

                var n = _patterns[i].MatchAt(tokens, at, end, accepted);
                if (n > 0 && (best is null || n > best.Value.Length))
                {
                    best = new TriggerMatch(_patterns[i], at, n);
                }
            }
        }
    }
}

/// <summary>
/// The matches of a <see cref="TriggerIndex"/> in a sentence's tokens, for <c>foreach</c>; with <paramref name="masks"/>
/// (<see cref="TriggerKeys.MaskOf"/> of each token) and the index's <paramref name="bit"/>, tokens with the bit clear are skipped.
/// </summary>
internal readonly struct TriggerMatches(TriggerIndex index, List<Token> tokens, int[]? masks, int bit)
{
    public Enumerator GetEnumerator() => new(index, tokens, masks, bit);

    internal struct Enumerator(TriggerIndex index, List<Token> tokens, int[]? masks, int bit)
    {
        private int _next;

        public TriggerMatch Current { get; private set; }

        public bool MoveNext()
        {
            for (var i = _next; i < tokens.Count; i++)
            {
                if (masks is not null && bit != 0 && (masks[i] & bit) == 0)
                {
                    continue;
                }

                if (index.Longest(tokens, i) is { } m)
                {
                    Current = m;
                    _next = i + m.Length;
                    return true;
                }
            }

            _next = tokens.Count;
            return false;
        }
    }
}

/// <summary>A pattern found at tokens [First, First + Length).</summary>
internal readonly record struct TriggerMatch(TriggerPattern Pattern, int First, int Length)
{
    public int Last => First + Length - 1;

    public int Next => First + Length;
}
