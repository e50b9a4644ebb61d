namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Answers the title rules ask again and again, remembered for one document: the longest title at a token
/// (for the sentence asked last: its arrays are reused from sentence to sentence, not made per sentence) and
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
    private TriggerMatch?[] _longest = [];
    private bool[] _known = [];

    /// <summary>Whether <paramref name="index"/> is the titles' index, whose answers are remembered; others are asked directly.</summary>
    public bool Remembers(TriggerIndex index) => _titles is not null && ReferenceEquals(_titles, index);

    /// <summary><see cref="TriggerIndex.Longest"/> of the remembered index at token <paramref name="at"/> of <paramref name="v"/>.</summary>
    public TriggerMatch? Longest(SentenceView v, int at)
    {
        if (!ReferenceEquals(_owner, v))
        {
            var n = v.Tokens.Count;
            if (_known.Length < n)
            {
                _known = new bool[Math.Max(n, _known.Length * 2)];
                _longest = new TriggerMatch?[_known.Length];
            }
            else
            {
                Array.Clear(_known, 0, n);
            }

            _owner = v;
        }

        if (!_known[at])
        {
            _longest[at] = v.MayMatch(_titles!, at) ? _titles!.Longest(v.Tokens, at) : null;
            _known[at] = true;
        }

        return _longest[at];
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
