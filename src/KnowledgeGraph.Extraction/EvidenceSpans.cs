using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// The evidence spans of an article's sentences, one object for each sentence and bounds: the relation stage's (the
/// sentence trimmed of blanks) and the MENTIONS edges' (the sentence as split) are the same span whenever a sentence has
/// no blank at its ends, so its text is cut from the article once, not twice (~1.8 KB an article of /tmp/c5k).
/// </summary>
internal sealed class EvidenceSpans(string original, int sentences)
{
    private readonly TextSpan?[] _first = new TextSpan?[sentences];

    // a sentence's span of other bounds than its first (trimmed and untrimmed differ): rare, made when needed
    private TextSpan?[]? _second;

    /// <summary>The span [<paramref name="start"/>, <paramref name="end"/>) of the original text within sentence <paramref name="sentence"/>.</summary>
    public TextSpan Of(int sentence, int start, int end)
    {
        if (Same(_first[sentence], start, end) is { } first)
        {
            return first;
        }

        if (_first[sentence] is null)
        {
            return _first[sentence] = TextSpan.Of(original, start, end);
        }

        _second ??= new TextSpan?[_first.Length];
        return Same(_second[sentence], start, end) ?? (_second[sentence] = TextSpan.Of(original, start, end));
    }

    private static TextSpan? Same(TextSpan? span, int start, int end) => span is not null && span.Start == start && span.End == end ? span : null;
}
