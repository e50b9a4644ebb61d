using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>One sentence seen by the rules: its tokens, the outermost mentions on them, the mentions nested inside those, and its evidence span.</summary>
internal sealed class SentenceView
{
    private readonly string _original;
    private TextSpan? _evidence;

    /// <param name="index">The sentence's place in the document.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="mentions">The mentions on its tokens.</param>
    /// <param name="original">The article's original text, which the evidence span is cut from (when first asked).</param>
    public SentenceView(int index, Sentence sentence, List<Token> tokens, List<MentionRef> mentions, string original)
    {
        Index = index;
        Sentence = sentence;
        Tokens = tokens;
        _original = original;
        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
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

    public int Index { get; }

    public Sentence Sentence { get; }

    public List<Token> Tokens { get; }

    /// <summary>Outermost mentions, ordered by position, not overlapping.</summary>
    public List<MentionRef> Mentions { get; } = [];

    /// <summary>Mentions inside an outermost one («США» in «Конгресс США»).</summary>
    public List<MentionRef> Nested { get; } = [];

    public TextSpan Evidence => _evidence ??= SentenceViews.Evidence(_original, Sentence);

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

    /// <summary>The outermost mention covering token <paramref name="i"/>, if any.</summary>
    public MentionRef? MentionAt(int i)
    {
        foreach (var m in Mentions)
        {
            if (m.First <= i && i <= m.Last)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The outermost mentions that end before token <paramref name="before"/>, nearest first.</summary>
    public IEnumerable<MentionRef> MentionsBefore(int before)
    {
        for (var k = Mentions.Count - 1; k >= 0; k--)
        {
            if (Mentions[k].Last < before)
            {
                yield return Mentions[k];
            }
        }
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
    }
}
