using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// A group of articles written in one transaction: one commit (and one fsync of the log at most)
/// for the group instead of one per article. Each article is still all or nothing: articles are
/// written under savepoints of a few articles each (<see cref="StoreTuning.SavepointArticles"/>, and
/// at most <see cref="StoreTuning.SavepointWrites"/> rows), and an article that fails rolls back to its
/// savepoint, after which the articles written before it under the same savepoint are written again
/// (the store is as it was, so they write what they wrote): the failing article is rolled back alone
/// and the others of the group stay. An article of more rows than a savepoint may hold does not fit a
/// group (<see cref="GraphStore.FitsGroup"/>): it is written alone (<see cref="GraphStore.Save"/>, a transaction without
/// savepoint, which a failure rolls back whole). Nothing of the group is in the store until
/// <see cref="Commit"/>; disposing without it rolls the whole group back. The writer's
/// <see cref="EntityCache"/> and <see cref="PendingCounts"/> follow: what a rolled-back article or group
/// wrote is forgotten with it.
/// </summary>
public sealed class StoreBatch : IDisposable
{
    private readonly GraphStore _store;
    private readonly SqliteTransaction _tx;
    private readonly EntityCache _entities;
    private readonly PendingCounts _counts;
    private readonly StoreTuning _tuning;
    private readonly bool _alone;
    private readonly List<(SourceArticle Article, GraphDocument Document, bool Queue)> _underSavepoint = [];
    private bool _savepoint;
    private int _writesUnderSavepoint;
    private Exception? _lost;
    private bool _done;
    private bool _committed;

    /// <param name="alone">One article only, written without savepoint (the transaction is its savepoint): any size fits.</param>
    internal StoreBatch(GraphStore store, SqliteTransaction tx, EntityCache entities, PendingCounts counts, StoreTuning tuning, bool alone)
    {
        _store = store;
        _tx = tx;
        _entities = entities;
        _counts = counts;
        _tuning = tuning;
        _alone = alone;
    }

    /// <summary>Articles written into this group so far (already stored ones and failures not counted).</summary>
    public int Count { get; private set; }

    /// <summary>Savepoints this group has opened (a test's view of how the articles were divided).</summary>
    internal int Savepoints { get; private set; }

    /// <summary>Whether <paramref name="document"/> may be written into this batch: see <see cref="GraphStore.FitsGroup"/>; a batch of one article holds one of any size.</summary>
    private bool Fits(GraphDocument document) => _alone ? Count == 0 && _underSavepoint.Count == 0 : Writes(document) <= _tuning.SavepointWrites;

    /// <summary>The rows writing <paramref name="document"/> may add or change, reckoned high: the article and its outbox row, per entity its row, mentions row and aliases, per relationship its row (and the indexes' entries) and evidence.</summary>
    internal static int Writes(GraphDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var writes = 6;
        foreach (var e in document.Entities)
        {
            writes += 5 + e.Aliases.Count;
        }

        foreach (var r in document.Relationships)
        {
            writes += 4 + (2 * Math.Max(1, r.AllEvidence.Count));
        }

        return writes;
    }

    /// <summary>
    /// Writes one article into the group; on any failure the article leaves no trace and the exception propagates. An
    /// article that does not <see cref="GraphStore.FitsGroup">fit</see> is refused before anything is written.
    /// </summary>
    public SaveResult Save(SourceArticle article, GraphDocument document, bool queueForSync = true)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        ThrowIfLost();
        GraphStore.Check(article, document);
        if (!Fits(document))
        {
            throw new InvalidOperationException(_alone
                ? "a batch of one article holds one article"
                : $"the graph of {article.Path} is too large for a group of articles ({Writes(document)} rows, a savepoint holds {_tuning.SavepointWrites}): it is saved alone (GraphStore.Save)");
        }

        if (_alone)
        {
            return SaveAlone(article, document, queueForSync);
        }

        var writes = Writes(document);
        if (_savepoint && _writesUnderSavepoint + writes > _tuning.SavepointWrites)
        {
            Release();
        }

        if (!_savepoint)
        {
            _store.ExecuteIn("SAVEPOINT articles");
            _savepoint = true;
            Savepoints++;
        }

        _writesUnderSavepoint += writes;

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
        if (_underSavepoint.Count >= _tuning.SavepointArticles)
        {
            Release();
        }

        return result;
    }

    /// <summary>The only article of the transaction, without savepoint: a failure leaves the transaction to be rolled back whole (nothing else is in it).</summary>
    private SaveResult SaveAlone(SourceArticle article, GraphDocument document, bool queueForSync)
    {
        SaveResult result;
        try
        {
            result = _store.SaveInto(article, document, queueForSync);
        }
        catch (Exception ex)
        {
            _entities.ArticleRolledBack();
            _counts.RolledBack();
            _lost = ex;
            throw;
        }

        _underSavepoint.Add((article, document, queueForSync));
        Count += result.AlreadyStored ? 0 : 1;
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

        if (_alone)
        {
            _entities.ArticleKept();
            _counts.Kept();
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
        _writesUnderSavepoint = 0;
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
