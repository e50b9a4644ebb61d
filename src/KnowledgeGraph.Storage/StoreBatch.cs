using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// A group of articles written in one transaction: one commit (and one fsync of the log at most)
/// for the group instead of one per article. Each article is still all or nothing: articles are
/// written under savepoints of a few articles each (<see cref="StoreTuning.SavepointArticles"/>), and
/// an article that fails rolls back to its savepoint, after which the articles written before it
/// under the same savepoint are written again (the store is as it was, so they write what they wrote):
/// the failing article is rolled back alone and the others of the group stay. Nothing of the group is
/// in the store until <see cref="Commit"/>; disposing without it rolls the whole group back. The
/// writer's <see cref="EntityCache"/> and <see cref="PendingCounts"/> follow: what a rolled-back
/// article or group wrote is forgotten with it.
/// </summary>
public sealed class StoreBatch : IDisposable
{
    private readonly GraphStore _store;
    private readonly SqliteTransaction _tx;
    private readonly EntityCache _entities;
    private readonly PendingCounts _counts;
    private readonly int _savepointArticles;
    private readonly List<(SourceArticle Article, GraphDocument Document, bool Queue)> _underSavepoint = [];
    private bool _savepoint;
    private Exception? _lost;
    private bool _done;
    private bool _committed;

    internal StoreBatch(GraphStore store, SqliteTransaction tx, EntityCache entities, PendingCounts counts, int savepointArticles)
    {
        _store = store;
        _tx = tx;
        _entities = entities;
        _counts = counts;
        _savepointArticles = savepointArticles;
    }

    /// <summary>Articles written into this group so far (already stored ones and failures not counted).</summary>
    public int Count { get; private set; }

    /// <summary>Writes one article into the group; on any failure the article leaves no trace and the exception propagates.</summary>
    public SaveResult Save(SourceArticle article, GraphDocument document, bool queueForSync = true)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        ThrowIfLost();
        GraphStore.Check(article, document);
        if (!_savepoint)
        {
            _store.ExecuteIn("SAVEPOINT articles");
            _savepoint = true;
        }

        SaveResult result;
        try
        {
            result = _store.SaveInto(article, document, queueForSync);
        }
        catch
        {
            RollBackTheFailedOne();
            throw;
        }

        _underSavepoint.Add((article, document, queueForSync));
        Count += result.AlreadyStored ? 0 : 1;
        if (_underSavepoint.Count >= _savepointArticles)
        {
            Release();
        }

        return result;
    }

    /// <summary>Makes every article saved in the group durable at once.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        ThrowIfLost();
        if (_savepoint)
        {
            Release();
        }

        _store.WriteCounts();
        _tx.Commit();
        _committed = true;
        _done = true;
    }

    public void Dispose()
    {
        if (!_committed)
        {
            _entities.Clear();
            _counts.Clear();
        }

        _tx.Dispose();
        _done = true;
    }

    private void Release()
    {
        _store.ExecuteIn("RELEASE articles");
        _savepoint = false;
        _underSavepoint.Clear();
        _entities.ArticleKept();
        _counts.Kept();
    }

    /// <summary>Rolls back to the savepoint, then writes again the articles before the failed one under it.</summary>
    private void RollBackTheFailedOne()
    {
        _entities.ArticleRolledBack();
        _counts.RolledBack();
        try
        {
            _store.ExecuteIn("ROLLBACK TO articles");
            foreach (var (article, document, queue) in _underSavepoint)
            {
                _store.SaveInto(article, document, queue);
            }
        }
        catch (Exception ex)
        {
            // The articles already written in this group can no longer be vouched for: the group will not commit.
            _lost = ex;
            throw;
        }
    }

    private void ThrowIfLost()
    {
        if (_lost is not null)
        {
            throw new StoreException($"this group of articles was lost when an article failed and the store could not return to the articles before it ({_lost.Message}); none of the group is stored", _lost);
        }
    }
}
