namespace KnowledgeGraph.Extraction.Relations;

/// <summary>A precompiled set of patterns, indexed by the first letters of their first word.</summary>
internal sealed class TriggerIndex
{
    private const int KeyLength = 3;
    private readonly Dictionary<string, List<TriggerPattern>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TriggerPattern>>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    /// <param name="patterns">The patterns.</param>
    /// <param name="lemmas">For patterns derived from nominative lexicon entries, the nominatives of their one-word entries.</param>
    public TriggerIndex(IEnumerable<TriggerPattern> patterns, IEnumerable<string>? lemmas = null)
    {
        var set = lemmas?.Select(l => Tokenizer.Fold(l)).ToHashSet(StringComparer.Ordinal);
        Lemmas = set;
        _lemmaBySpan = set?.GetAlternateLookup<ReadOnlySpan<char>>();
        _bySpan = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var p in patterns)
        {
            foreach (var alt in p.FirstAlternatives)
            {
                var key = alt.Length >= KeyLength ? alt[..KeyLength] : alt;
                if (!_byKey.TryGetValue(key, out var list))
                {
                    _byKey[key] = list = [];
                }

                if (!list.Contains(p))
                {
                    list.Add(p);
                }
            }
        }
    }

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
    public TriggerMatches Matches(IReadOnlyList<Token> tokens) => new(this, tokens);

    /// <summary>The longest match starting at token <paramref name="at"/>, if any.</summary>
    public TriggerMatch? Longest(IReadOnlyList<Token> tokens, int at)
    {
        var w = tokens[at].Lower;
        TriggerMatch? best = null;
        for (var len = Math.Min(KeyLength, w.Length); len >= 1; len--)
        {
            if (!_bySpan.TryGetValue(w.AsSpan(0, len), out var list))
            {
                continue;
            }

            foreach (var p in list)
            {
                var n = p.MatchAt(tokens, at);
                if (n > 0 && (best is null || n > best.Value.Length))
                {
                    best = new TriggerMatch(p, at, n);
                }
            }
        }

        return best;
    }
}

/// <summary>The matches of a <see cref="TriggerIndex"/> in a sentence's tokens, for <c>foreach</c>.</summary>
internal readonly struct TriggerMatches(TriggerIndex index, IReadOnlyList<Token> tokens)
{
    public Enumerator GetEnumerator() => new(index, tokens);

    internal struct Enumerator(TriggerIndex index, IReadOnlyList<Token> tokens)
    {
        private int _next;

        public TriggerMatch Current { get; private set; }

        public bool MoveNext()
        {
            for (var i = _next; i < tokens.Count; i++)
            {
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
