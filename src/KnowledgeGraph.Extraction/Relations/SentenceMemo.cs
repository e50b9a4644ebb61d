namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Answers the title rules ask again and again, remembered for one document: the longest title at a token
/// (for the sentence asked last: its arrays are this thread's, reused from sentence to sentence and document to document) and
/// a word's reading as a title (per distinct word: a document's views share one string per word, so the
/// word's reference is its key and is never hashed).
/// </summary>
internal sealed class SentenceMemo(TriggerIndex? titles = null, TriggerKeys? keys = null)
{
    /// <summary>The keys of the indexes the rules scan with (none: every word is looked up in every index).</summary>
    public TriggerKeys? Keys => keys;

    private readonly Dictionary<string, (string Nominative, string Ending)> _titleNouns = new(ReferenceEqualityComparer.Instance);
    private readonly TriggerIndex? _titles = titles;
    private SentenceView? _owner;

    // which of this thread's answers are _owner's: the arrays are the thread's, used again document after document (made
    // per document they were ~1.5 KB of its garbage), so a memo knows its sentence's answers by the stamp it left there
    private long _stamp;

    [ThreadStatic]
    private static Answers? _answers;

    /// <summary>The longest titles at the tokens of the sentence asked last on this thread, and which of them are known.</summary>
    private sealed class Answers
    {
        public TriggerMatch?[] Longest { get; set; } = [];

        public bool[] Known { get; set; } = [];

        public long Stamp { get; set; }
    }

    /// <summary>Whether <paramref name="index"/> is the titles' index, whose answers are remembered; others are asked directly.</summary>
    public bool Remembers(TriggerIndex index) => _titles is not null && ReferenceEquals(_titles, index);

    /// <summary><see cref="TriggerIndex.Longest"/> of the remembered index at token <paramref name="at"/> of <paramref name="v"/>.</summary>
    public TriggerMatch? Longest(SentenceView v, int at)
    {
        var answers = _answers ??= new Answers();
        if (!ReferenceEquals(_owner, v) || _stamp != answers.Stamp)
        {
            var n = v.Tokens.Count;
            if (answers.Known.Length < n)
            {
                answers.Known = new bool[Math.Max(n, answers.Known.Length * 2)];
                answers.Longest = new TriggerMatch?[answers.Known.Length];
            }
            else
            {
                Array.Clear(answers.Known, 0, n);
            }

            _owner = v;
            _stamp = ++answers.Stamp;
        }

        if (!answers.Known[at])
        {
            answers.Longest[at] = v.MayMatch(_titles!, at) ? _titles!.Longest(v.Tokens, at) : null;
            answers.Known[at] = true;
        }

        return answers.Longest[at];
    }

    /// <summary><see cref="TitleForms.Noun"/> of <paramref name="word"/>, a word of the document's views.</summary>
    public (string Nominative, string Ending) TitleNoun(string word, TriggerIndex titles)
    {
        if (!ReferenceEquals(_titles, titles))
        {
            return TitleForms.Noun(word, titles);
        }

        if (!_titleNouns.TryGetValue(word, out var noun))
        {
            noun = TitleForms.Noun(word, titles);
            _titleNouns[word] = noun;
        }

        return noun;
    }
}
