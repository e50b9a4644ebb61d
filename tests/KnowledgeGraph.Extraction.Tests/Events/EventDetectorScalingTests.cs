using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Extraction.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>
/// The event detector's overlap check is a forward sweep: its comparisons grow with the number of event
/// mentions, not with its square. Counted, never timed.
/// </summary>
public class EventDetectorScalingTests
{
    [Theory]
    [InlineData(100)]
    [InlineData(3000)]
    public void Overlap_checks_grow_linearly_with_event_mentions(int sentences)
    {
        var text = "Заголовок\n\n" + string.Concat(Enumerable.Range(0, sentences).Select(i =>
            i % 2 == 0 ? "Рабочая встреча прошла в Риге. " : "После встречи министр ответил на вопросы. "));
        var doc = Extractors.Default.Analyse(Extractors.Article(text));
        var ctx = new RelationContext(doc, SentenceViews.Build(doc), RelationLexicons.Default);
        var eventMentions = doc.Entities.Where(e => e.Label == GraphLabels.Event).Sum(e => e.Mentions.Count);

        var comparisons = EventDetector.Detect(ctx);

        // every sentence holds one event noun; the sweep passes each known mention once and checks one per noun
        Assert.True(eventMentions >= sentences / 2, $"the text should give events of the entity stages, got {eventMentions} mentions");
        Assert.InRange(comparisons, 1, 2L * (eventMentions + sentences));
    }

    [Fact]
    public void A_sweep_over_many_spans_makes_a_linear_number_of_comparisons()
    {
        const int n = 20_000;
        var a = new Entity { Key = "event:a", Label = GraphLabels.Event, Name = "A" };
        var b = new Entity { Key = "event:b", Label = GraphLabels.Event, Name = "B" };
        for (var i = 0; i < n; i++)
        {
            (i % 2 == 0 ? a : b).Mentions.Add(new TextSpan(i * 10, i * 10 + 5, "x"));
        }

        var sweep = new SpanSweep([a, b]);
        var found = 0;
        for (var i = 0; i < n; i++)
        {
            // one question inside each mention and one in each gap after it
            found += sweep.Overlapping(i * 10 + 1, i * 10 + 2) is not null ? 1 : 0;
            Assert.Null(sweep.Overlapping(i * 10 + 6, i * 10 + 8));
        }

        Assert.Equal(n, found);
        Assert.InRange(sweep.Comparisons, n, 4L * n);
    }

    [Theory]
    [InlineData(0, 5, "event:a")]
    [InlineData(4, 12, "event:a")]
    [InlineData(5, 10, null)]
    [InlineData(9, 11, "event:b")]
    [InlineData(25, 30, null)]
    public void The_sweep_finds_exactly_the_overlapping_mention(int start, int end, string? expected)
    {
        var a = new Entity { Key = "event:a", Label = GraphLabels.Event, Name = "A", Mentions = { new TextSpan(0, 5, "x") } };
        var b = new Entity { Key = "event:b", Label = GraphLabels.Event, Name = "B", Mentions = { new TextSpan(10, 20, "y") } };
        Assert.Equal(expected, new SpanSweep([b, a]).Overlapping(start, end)?.Key);
    }
}
