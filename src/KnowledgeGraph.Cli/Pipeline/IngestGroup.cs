using System.Diagnostics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>An article after the read and extract stages: either a graph to store or an outcome already known.</summary>
public sealed record ExtractedArticle(string Path, SourceArticle? Article, GraphDocument? Document, ArticleOutcome? Outcome);

/// <summary>
/// The writer stage of ingestion: articles go into the store in groups, one transaction a group,
/// closed at <c>maxArticles</c> or <c>maxAge</c> after its first article, whichever first (and when
/// the input ends). A failing article is rolled back alone and reported; the others of its group stay
/// (the group writes them again, their graphs made again by <c>graphAgain</c>: see <see cref="StoreBatch"/>).
/// Outcomes are handed to <c>committed</c> only once their group is durable, in input order, so nothing
/// is reported stored (or moved out of the inbox) before it is.
/// </summary>
public sealed class IngestGroup(
    GraphStore store, int maxArticles, TimeSpan maxAge, Func<ExtractedArticle, Func<SaveResult>, ArticleOutcome> save, Action<ArticleOutcome> committed,
    Func<SourceArticle, GraphDocument>? graphAgain = null)
    : IOrderedConsumer<ExtractedArticle>, IDisposable
{
    private readonly List<ArticleOutcome> _waiting = [];
    private readonly Stopwatch _age = new();
    private StoreBatch? _batch;

    public TimeSpan? IdleAfter => _waiting.Count == 0 ? null : maxAge - _age.Elapsed;

    public void Consume(ExtractedArticle item)
    {
        if (item.Outcome is { } known)
        {
            _waiting.Add(known);
        }
        else
        {
            if (_batch is null)
            {
                _batch = store.BeginBatch(graphAgain);
                _age.Restart();
            }

            var batch = _batch;
            _waiting.Add(save(item, () => batch.Save(item.Article!, item.Document!)));
        }

        if (_batch is null ? _waiting.Count >= maxArticles : _batch.Count >= maxArticles || _age.Elapsed >= maxAge)
        {
            Idle();
        }
    }

    /// <summary>Commits the open group and reports its articles.</summary>
    public void Idle()
    {
        if (_batch is not null)
        {
            _batch.Commit();
            _batch.Dispose();
            _batch = null;
        }

        foreach (var outcome in _waiting)
        {
            committed(outcome);
        }

        _waiting.Clear();
    }

    /// <summary>An open group not committed (the writer failed) is rolled back: none of it is reported.</summary>
    public void Dispose() => _batch?.Dispose();
}
