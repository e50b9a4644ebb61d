using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>The sentences' evidence spans: the slice of the text asked for, one object for each sentence and bounds.</summary>
public class EvidenceSpansTests
{
    private const string Text = "Первое предложение. Второе предложение. ";

    [Fact]
    public void A_span_is_the_slice_asked_for_and_the_same_object_when_asked_again()
    {
        var spans = new EvidenceSpans(Text, 2);
        var first = spans.Of(0, 0, 19);
        Assert.Equal(TextSpan.Of(Text, 0, 19), first);
        Assert.Same(first, spans.Of(0, 0, 19));
    }

    [Fact]
    public void Other_bounds_in_one_sentence_give_their_own_span_each_kept_too()
    {
        var spans = new EvidenceSpans(Text, 2);
        var untrimmed = spans.Of(1, 19, Text.Length);
        var trimmed = spans.Of(1, 20, Text.Length - 1);
        Assert.Equal(TextSpan.Of(Text, 19, Text.Length), untrimmed);
        Assert.Equal(TextSpan.Of(Text, 20, Text.Length - 1), trimmed);
        Assert.Same(untrimmed, spans.Of(1, 19, Text.Length));
        Assert.Same(trimmed, spans.Of(1, 20, Text.Length - 1));
    }
}
