using System.Text;
using KnowledgeGraph.Cli.Hosting;
using KnowledgeGraph.Cli.Options;
using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Lexicons;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Model;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// The per-article deadline stops the work itself: the extractor sees the cancelled token at its
/// next check and ends, so the thread is free for the next article. The clock is a fake one,
/// moved by the test while the article is under way: nothing here depends on the machine's speed.
/// </summary>
public sealed class ExtractionDeadlineTests
{
    [Fact]
    public void An_article_past_its_deadline_stops_in_the_relation_stage_and_the_next_one_is_extracted()
    {
        var time = new FakeTimeProvider();
        var stage = new ClockMovingStage(time, TimeSpan.FromSeconds(6));
        var extractor = ArticleExtractor.Create(LexiconLocator.FindDefault(), stage);
        using var stop = new StopSignal(CancellationToken.None);
        var deadline = Deadline(5, stop, time);

        OperationCanceledException? seen = null;
        Assert.Throws<ArticleTimeoutException>(() => deadline.Run(token =>
        {
            try
            {
                return extractor.Extract(LongArticle(), token);
            }
            catch (OperationCanceledException ex)
            {
                seen = ex;
                throw;
            }
        }));

        // The deadline passed inside the relation stage, after the entities were found: the stage's own
        // per-sentence check ended the work, with the deadline's token.
        Assert.Equal(1, stage.Calls);
        Assert.NotNull(seen);
        Assert.Contains(nameof(DefaultRelationStage), seen.StackTrace, StringComparison.Ordinal);

        stage.Step = TimeSpan.Zero;
        var next = deadline.Run(token => extractor.Extract(Sample(), token));
        Assert.NotEmpty(next.Entities);
        Assert.Equal(2, stage.Calls);
    }

    [Fact]
    public void A_stop_signal_ends_the_work_as_a_stop_not_as_a_timeout()
    {
        using var outer = new CancellationTokenSource();
        using var stop = new StopSignal(outer.Token);
        var extractor = ArticleExtractor.CreateDefault();
        var deadline = Deadline(0, stop, new FakeTimeProvider());

        Assert.ThrowsAny<OperationCanceledException>(() => deadline.Run(token =>
        {
            outer.Cancel(); // Ctrl+C while the article is read
            return extractor.Extract(LongArticle(), token);
        }));
    }

    [Fact]
    public void Work_within_the_deadline_returns_its_result()
    {
        using var stop = new StopSignal(CancellationToken.None);
        var deadline = Deadline(60, stop, new FakeTimeProvider());
        Assert.Equal(42, deadline.Run(token => token.IsCancellationRequested ? 0 : 42));
    }

    private static ExtractionDeadline Deadline(double seconds, StopSignal stop, TimeProvider time) =>
        new(Microsoft.Extensions.Options.Options.Create(new ExtractionOptions { ArticleTimeoutSeconds = seconds }), stop, time);

    private static SourceArticle Sample()
    {
        var path = Directory.GetFiles(RepoPaths.SampleArticles, "*.txt").Order(StringComparer.Ordinal).First();
        return new SourceArticle { Path = path, Title = "Заголовок", Text = File.ReadAllText(path) };
    }

    /// <summary>The sample articles repeated to about 256 KB: news text with many sentences.</summary>
    private static SourceArticle LongArticle()
    {
        var samples = Directory.GetFiles(RepoPaths.SampleArticles, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var sb = new StringBuilder();
        for (var i = 0; sb.Length < 128 * 1024; i++)
        {
            sb.Append(samples[i % samples.Count]).Append('\n');
        }

        return new SourceArticle { Path = "long.txt", Title = "Заголовок", Text = sb.ToString() };
    }

    /// <summary>The real relation stage, with the clock moved forward as it starts.</summary>
    private sealed class ClockMovingStage(FakeTimeProvider time, TimeSpan step) : IRelationStage
    {
        private readonly DefaultRelationStage _inner = new();

        public TimeSpan Step { get; set; } = step;

        public int Calls { get; private set; }

        public IEnumerable<Relationship> Extract(DocumentAnalysis document)
        {
            Calls++;
            time.Advance(Step);
            return _inner.Extract(document);
        }
    }
}
