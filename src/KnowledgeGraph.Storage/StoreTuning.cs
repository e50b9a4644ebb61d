namespace KnowledgeGraph.Storage;

/// <summary>
/// How the store uses memory and the disk. A larger page cache keeps the hot pages of the indexes
/// in memory; a larger checkpoint interval lets the write-ahead log absorb many groups of articles
/// before their pages are copied into the database file (each page once per checkpoint, not once
/// per commit).
/// </summary>
public sealed record StoreTuning
{
    public static StoreTuning Default { get; } = new();

    /// <summary>
    /// SQLite page cache of the connection, in MiB. 24 rather than 32: writing 10,000 generated articles cost no
    /// more CPU time with 24 (within the noise of a loaded machine), 16 cost more; it is resident memory of kg.
    /// </summary>
    public int CacheMegabytes { get; init; } = 24;

    /// <summary>Pages (4 KiB) in the write-ahead log before SQLite copies them into the database file.</summary>
    public int CheckpointPages { get; init; } = 65536;

    /// <summary>
    /// Entities the writer remembers (properties and aliases written), so that one met again is neither
    /// read nor given its aliases again; about 500 bytes each. Kept in two generations of half this number:
    /// when the newer one is full, the older one is dropped, and an entity of the older one met again moves
    /// to the newer one, so the entities met often stay. 0: none remembered.
    /// </summary>
    public int CachedEntities { get; init; } = 10_000;

    /// <summary>
    /// Articles of a group written under one savepoint. An article that fails while being written rolls back to
    /// the savepoint, and the articles before it under the same savepoint are written again, so each article is
    /// still all or nothing. Fewer savepoints cost less: SQLite copies each page aside the first time it changes
    /// under a savepoint; the copies are memory (about 4 MiB at the peak for 32 articles, 1.5 MiB for 8). 1: a savepoint per article.
    /// </summary>
    public int SavepointArticles { get; init; } = 8;

    /// <summary>
    /// Stores up to this size (MiB) are checked whole (<c>PRAGMA quick_check</c>, which reads every page)
    /// each time they are opened for writing; larger ones only when their log shows they were not
    /// closed cleanly (or another process has them open). 0: only then.
    /// </summary>
    public int CheckMegabytes { get; init; } = 64;

    /// <summary>The problems of these values, empty when they are usable.</summary>
    public IEnumerable<string> Problems()
    {
        if (CacheMegabytes is < 1 or > 4096)
        {
            yield return $"the page cache must be 1..4096 MiB (got {CacheMegabytes})";
        }

        if (CheckpointPages is < 100 or > 1_000_000)
        {
            yield return $"the checkpoint interval must be 100..1000000 pages (got {CheckpointPages})";
        }

        if (CachedEntities is < 0 or > 10_000_000)
        {
            yield return $"the entity cache must hold 0..10000000 entities (got {CachedEntities})";
        }

        if (SavepointArticles is < 1 or > 1000)
        {
            yield return $"the articles under one savepoint must be 1..1000 (got {SavepointArticles})";
        }

        if (CheckMegabytes is < 0 or > 1_048_576)
        {
            yield return $"the whole-check size must be 0..1048576 MiB (got {CheckMegabytes})";
        }
    }
}
