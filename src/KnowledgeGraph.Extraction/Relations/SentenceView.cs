using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>One sentence seen by the rules: its tokens, the outermost mentions on them, the mentions nested inside those, and its evidence span.</summary>
internal sealed class SentenceView
{
    private readonly string _original;
    private readonly SentenceMemo _memo;
    private readonly EvidenceSpans? _spans;
    private TextSpan? _evidence;

    /// <param name="index">The sentence's place in the document.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="mentions">The mentions on its tokens.</param>
    /// <param name="original">The article's original text, which the evidence span is cut from (when first asked).</param>
    /// <param name="memo">What the document's views remember together (one of its own when not given).</param>
    /// <param name="spans">The document's evidence spans, which the view's is taken from (cut for the view alone when not given).</param>
    public SentenceView(int index, Sentence sentence, List<Token> tokens, List<MentionRef> mentions, string original, SentenceMemo? memo = null, EvidenceSpans? spans = null)
    {
        _memo = memo ?? new SentenceMemo();
        _spans = spans;
        Index = index;
        Sentence = sentence;
        Tokens = tokens;
        _original = original;
        Mentions = new List<MentionRef>(mentions.Count);
        // mentions come by start; sorting a list already in strict order changes nothing, so it is sorted only when not
        if (!InStrictOrder(mentions))
        {
            mentions.Sort(ByStartThenLongest);
        }

        foreach (var m in mentions)
        {
            if (Mentions.Count > 0 && m.Start < Mentions[^1].End)
            {
                Nested.Add(m);
            }
            else
            {
                Mentions.Add(m);
            }
        }
    }

    private static readonly Comparison<MentionRef> ByStartThenLongest = (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End);

    private static bool InStrictOrder(List<MentionRef> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            if (ByStartThenLongest(mentions[i - 1], mentions[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    public int Index { get; }

    public Sentence Sentence { get; }

    public List<Token> Tokens { get; }

    /// <summary>Outermost mentions, ordered by position, not overlapping.</summary>
    public List<MentionRef> Mentions { get; }

    /// <summary>Mentions inside an outermost one («США» in «Конгресс США»).</summary>
    public List<MentionRef> Nested { get; } = [];

    public TextSpan Evidence => _evidence ??= SentenceViews.Evidence(_original, Sentence, Index, _spans);

    public string Word(int i) => i >= 0 && i < Tokens.Count ? Tokens[i].Lower : string.Empty;

    /// <summary>The first outermost mention starting at or after token <paramref name="from"/>.</summary>
    public MentionRef? NextMention(int from)
    {
        foreach (var m in Mentions)
        {
            if (m.First >= from)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The outermost mention covering token <paramref name="i"/>, if any (from a per-token index, built when first asked after a change).</summary>
    public MentionRef? MentionAt(int i)
    {
        if (i < 0 || i >= Tokens.Count)
        {
            return null;
        }

        var at = (_mentionAt ??= IndexMentions())[i];
        return at < 0 ? null : Mentions[at];
    }

    /// <summary>The nearest outermost mention that ends before token <paramref name="before"/> (of <paramref name="label"/>, when given).</summary>
    public MentionRef? MentionBefore(int before, string? label = null)
    {
        for (var k = Mentions.Count - 1; k >= 0; k--)
        {
            var m = Mentions[k];
            if (m.Last < before && (label is null || m.Label == label))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The outermost mentions that end before token <paramref name="before"/>, nearest first (for <c>foreach</c>: no iterator object).</summary>
    public MentionsBeforeToken MentionsBefore(int before) => new(Mentions, before);

    /// <summary>
    /// The longest match of <paramref name="index"/> at token <paramref name="at"/>, as <see cref="TriggerIndex.Longest"/>
    /// gives it; the titles' answers are remembered, since the title rules ask the same token again and again.
    /// </summary>
    public TriggerMatch? Longest(TriggerIndex index, int at) =>
        _memo.Remembers(index) ? _memo.Longest(this, at) : MayMatch(index, at) ? index.Longest(Tokens, at) : null;

    /// <summary>The matches of <paramref name="index"/> in the sentence, as <see cref="TriggerIndex.Matches"/> finds them; words none of its keys start with are passed without a look-up.</summary>
    public TriggerMatches Matches(TriggerIndex index) =>
        _memo.Keys is { } keys && keys.BitOf(index) is var bit and not 0 ? new(index, Tokens, Masks(keys), bit) : index.Matches(Tokens);

    /// <summary>False when no key of <paramref name="index"/> starts the word at token <paramref name="at"/>, so it cannot match there.</summary>
    public bool MayMatch(TriggerIndex index, int at)
    {
        if (at < 0 || at >= Tokens.Count || _memo.Keys is not { } keys)
        {
            return true;
        }

        var bit = keys.BitOf(index);
        return bit == 0 || (Masks(keys)[at] & bit) != 0;
    }

    private int[]? _masks;

    private int[] Masks(TriggerKeys keys)
    {
        if (_masks is null)
        {
            _masks = new int[Tokens.Count];
            for (var i = 0; i < _masks.Length; i++)
            {
                _masks[i] = keys.MaskOf(Tokens[i].Lower);
            }
        }

        return _masks;
    }

    /// <summary>The nominative and case ending of the word at token <paramref name="k"/> read as a title (<see cref="TitleForms.Noun"/>), remembered per word.</summary>
    public (string Nominative, string Ending) TitleNoun(int k, TriggerIndex titles) =>
        _memo.Remembers(titles) ? _memo.TitleNoun(Word(k), titles) : TitleForms.Noun(Word(k), titles);

    private int[]? _mentionAt;

    // the array of the index a change threw away, filled again (its size is the sentence's, which never changes)
    private int[]? _mentionAtSpare;

    private int[] IndexMentions()
    {
        var at = _mentionAtSpare ?? new int[Tokens.Count];
        _mentionAtSpare = null;
        Array.Fill(at, -1);

        // from the last: where two mentions covered one token, the first in the list would answer, as a scan does
        for (var k = Mentions.Count - 1; k >= 0; k--)
        {
            var m = Mentions[k];
            for (var i = Math.Max(0, m.First); i <= m.Last && i < at.Length; i++)
            {
                at[i] = k;
            }
        }

        return at;
    }

    /// <summary>Adds a mention found by the relation stage itself (an event, a collective subject).</summary>
    public void AddMention(MentionRef m)
    {
        var at = Mentions.FindIndex(x => x.First > m.First);
        if (Mentions.Exists(x => x.First <= m.Last && m.First <= x.Last))
        {
            Nested.Add(m);
            return;
        }

        Mentions.Insert(at < 0 ? Mentions.Count : at, m);
        _mentionAtSpare = _mentionAt ?? _mentionAtSpare;
        _mentionAt = null;
    }
}

/// <summary>The mentions of a sentence that end before a token, nearest first, enumerated by a struct (the rules ask this for every trigger).</summary>
internal readonly struct MentionsBeforeToken(List<MentionRef> mentions, int before)
{
    public Enumerator GetEnumerator() => new(mentions, before);

    internal struct Enumerator(List<MentionRef> mentions, int before)
    {
        private int _next = mentions.Count - 1;

        public MentionRef Current { get; private set; } = null!;

        public bool MoveNext()
        {
            for (; _next >= 0; _next--)
            {
                if (mentions[_next].Last < before)
                {
                    Current = mentions[_next--];
                    return true;
                }
            }

            return false;
        }
    }
}
