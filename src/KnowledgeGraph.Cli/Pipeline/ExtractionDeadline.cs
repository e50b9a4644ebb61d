using System.Runtime.ExceptionServices;
using KnowledgeGraph.Cli.Hosting;
using KnowledgeGraph.Cli.Options;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>An article that took longer than <c>Extraction:ArticleTimeoutSeconds</c>.</summary>
public sealed class ArticleTimeoutException(double seconds)
    : Exception($"extraction took longer than {seconds:0.###} s (Extraction:ArticleTimeoutSeconds) and was abandoned");

/// <summary>
/// Runs the reading and extraction of one article under a deadline, and lets a stop signal end
/// the wait at once. The extractor has no cancellation points, so work past the deadline is
/// abandoned on a pool thread (its result is dropped); the batch goes on with the next article.
/// The limits of the reader and the splitter keep every article linear, so this is the last
/// guard, not the usual path.
/// </summary>
public sealed class ExtractionDeadline(IOptions<ExtractionOptions> options, StopSignal stop)
{
    private readonly double _seconds = options.Value.ArticleTimeoutSeconds;

    public T Run<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);

        // With no deadline (0) the wait is still ended by a stop signal: a first Ctrl+C never waits for a long article.
        var limit = _seconds > 0 ? TimeSpan.FromSeconds(_seconds) : Timeout.InfiniteTimeSpan;
        var task = Task.Run(work, CancellationToken.None);
        try
        {
            if (!task.Wait(limit, stop.Token))
            {
                _ = task.ContinueWith(t => t.Exception, TaskScheduler.Default); // observed when it ends
                throw new ArticleTimeoutException(_seconds);
            }
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Capture(ex.InnerException!).Throw();
        }

        return task.Result;
    }
}
