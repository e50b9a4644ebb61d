using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// A group of articles written in one transaction: one commit (and one fsync of the log at most)
/// for the group instead of one per article. Each article is still all or nothing: it is written
/// under a savepoint, and an article that fails is rolled back alone while the others of the group
/// stay. Nothing of the group is in the store until <see cref="Commit"/>; disposing without it
/// rolls the whole group back. The writer's <see cref="EntityCache"/> follows: what a rolled-back
/// article or group wrote is forgotten with it.
/// </summary>
public sealed class StoreBatch : IDisposable
{
    private readonly GraphStore _store;
    private readonly SqliteTransaction _tx;
    private readonly EntityCache _entities;
    private bool _done;
    private bool _committed;

    internal StoreBatch(GraphStore store, SqliteTransaction tx, EntityCache entities)
    {
        _store = store;
        _tx = tx;
        _entities = entities;
    }

    /// <summary>Articles written into this group so far (already stored ones and failures not counted).</summary>
    public int Count { get; private set; }

    /// <summary>Writes one article into the group; on any failure the article leaves no trace and the exception propagates.</summary>
    public Model.SaveResult Save(Model.SourceArticle article, Model.GraphDocument document, bool queueForSync = true)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        GraphStore.Check(article, document);
        _store.ExecuteIn("SAVEPOINT article");
        try
        {
            var result = _store.SaveInto(article, document, queueForSync);
            _store.ExecuteIn("RELEASE article");
            _entities.ArticleKept();
            Count += result.AlreadyStored ? 0 : 1;
            return result;
        }
        catch
        {
            _entities.ArticleRolledBack();
            _store.ExecuteIn("ROLLBACK TO article");
            _store.ExecuteIn("RELEASE article");
            throw;
        }
    }

    /// <summary>Makes every article saved in the group durable at once.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        _tx.Commit();
        _committed = true;
        _done = true;
    }

    public void Dispose()
    {
        if (!_committed)
        {
            _entities.Clear();
        }

        _tx.Dispose();
        _done = true;
    }
}
