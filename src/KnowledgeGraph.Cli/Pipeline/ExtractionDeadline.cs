using KnowledgeGraph.Cli.Hosting;
using KnowledgeGraph.Cli.Options;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>An article that took longer than <c>Extraction:ArticleTimeoutSeconds</c>.</summary>
public sealed class ArticleTimeoutException(double seconds)
    : Exception(KnowledgeGraph.Texts.Messages.Current.ArticleTimeout(seconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)));

/// <summary>
/// Runs the reading and extraction of one article on the calling thread under a deadline: the
/// work is handed a token that is cancelled when the deadline passes or a stop signal arrives,
/// and the extractor looks at it between stages and once a sentence. So an article past its
/// deadline stops and fails alone, its thread goes on with the next article, and a first Ctrl+C
/// never waits for a long article to end. The limits of the reader and the splitter keep every
/// article linear, so this is the last guard, not the usual path.
/// </summary>
public sealed class ExtractionDeadline(IOptions<ExtractionOptions> options, StopSignal stop, TimeProvider time)
{
    private readonly double _seconds = options.Value.ArticleTimeoutSeconds;

    public T Run<T>(Func<CancellationToken, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);

        // With no deadline (0) the work still ends at a stop signal.
        using var limit = _seconds > 0 ? new CancellationTokenSource(TimeSpan.FromSeconds(_seconds), time) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(limit.Token, stop.Token);
        try
        {
            return work(linked.Token);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !stop.Token.IsCancellationRequested)
        {
            throw new ArticleTimeoutException(_seconds);
        }
    }
}
