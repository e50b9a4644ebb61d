using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// A group of articles written in one transaction: one commit (and one fsync of the log at most)
/// for the group instead of one per article. Each article is still all or nothing. An article is
/// checked against the contract before anything of it is written, so a bad graph is refused alone.
/// An article that fails while being written (which a checked graph does only when SQLite refuses
/// a row) rolls the whole transaction back, and the articles the group had kept are written again
/// in a new one: the failing article is gone alone and the others of the group stay. There are no
/// savepoints: SQLite copies every page aside the first time it changes under one, which cost the
/// writer about a tenth of its time for a rollback that almost never happens.
/// <para>
/// To write them again the group keeps its articles until it commits: their graphs too, unless
/// it was given a way to make a graph again (<see cref="GraphStore.BeginBatch"/>), in which case it
/// keeps only the articles (a graph is several times the size of its text, and holding a thousand
/// of them until the commit made the collector copy them twice). Nothing of the group is in the store
/// until <see cref="Commit"/>; disposing without it rolls the whole group back. The writer's
/// <see cref="EntityCache"/> and <see cref="PendingCounts"/> follow: a rollback forgets them, and
/// writing the kept articles again records what those wrote.
/// </para>
/// </summary>
public sealed class StoreBatch : IDisposable
{
    private readonly GraphStore _store;
    private readonly EntityCache _entities;
    private readonly PendingCounts _counts;
    private readonly Func<SourceArticle, GraphDocument>? _graphAgain;
    private readonly List<Kept> _kept = [];
    private SqliteTransaction? _tx;
    private Exception? _lost;
    private bool _done;
    private bool _committed;

    internal StoreBatch(GraphStore store, SqliteTransaction tx, EntityCache entities, PendingCounts counts, Func<SourceArticle, GraphDocument>? graphAgain)
    {
        _store = store;
        _tx = tx;
        _entities = entities;
        _counts = counts;
        _graphAgain = graphAgain;
    }

    /// <summary>Articles written into this group so far (already stored ones and failures not counted).</summary>
    public int Count => _kept.Count;

    /// <summary>Writes one article into the group; on any failure the article leaves no trace and the exception propagates.</summary>
    public SaveResult Save(SourceArticle article, GraphDocument document, bool queueForSync = true)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        ThrowIfLost();
        GraphStore.Check(article, document);

        SaveResult result;
        try
        {
            result = _store.SaveInto(article, document, queueForSync);
        }
        catch
        {
            WriteTheKeptAgain();
            throw;
        }

        if (!result.AlreadyStored)
        {
            // An article found already stored wrote nothing: there is nothing of it to write again.
            _kept.Add(new Kept(article, _graphAgain is null ? document : null, queueForSync));
        }

        return result;
    }

    /// <summary>Makes every article saved in the group durable at once.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        ThrowIfLost();
        _store.WriteCounts();
        _tx!.Commit();
        _committed = true;
        _done = true;
        _kept.Clear();
    }

    public void Dispose()
    {
        if (!_committed)
        {
            _entities.Clear();
            _counts.Clear();
        }

        _tx?.Dispose();
        _tx = null;
        _kept.Clear();
        _done = true;
    }

    /// <summary>Rolls the whole group back, then writes the articles it had kept again in a new transaction.</summary>
    private void WriteTheKeptAgain()
    {
        _entities.Clear();
        _counts.Clear();
        try
        {
            var tx = _tx!;
            _tx = null;
            tx.Rollback();
            tx.Dispose();
            _tx = _store.BeginGroupTransaction();
            foreach (var (article, document, queue) in _kept)
            {
                var graph = document ?? _graphAgain!(article);
                GraphStore.Check(article, graph);
                _store.SaveInto(article, graph, queue);
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
            throw new StoreException($"this group of articles was lost when an article failed and the store could not write the articles before it again ({_lost.Message}); none of the group is stored", _lost);
        }
    }

    private readonly record struct Kept(SourceArticle Article, GraphDocument? Document, bool Queue);
}
