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

    /// <summary>
    /// Size of the write-ahead log before SQLite copies its pages into the database file, counted in 4 KiB
    /// (256 MiB by default), whatever the store's page size: a store of 16 KiB pages checkpoints at a quarter
    /// as many pages, so the log reaches the same size.
    /// </summary>
    public int CheckpointPages { get; init; } = 65536;

    /// <summary>
    /// Page size of a store created from now on, in bytes (a store keeps the size it was created with).
    /// 16 KiB rather than SQLite's 4: the writer's inserts land at scattered places of the key indexes, and
    /// with four times the keys a page each descent of a B-tree fetches fewer pages and splits fewer of them.
    /// Writing 10,000 generated articles took about a tenth less CPU time (interleaved runs against 4 KiB,
    /// the log's size the same); each commit writes somewhat more (42 against 40 KB per article).
    /// </summary>
    public int PageBytes { get; init; } = 16384;

    /// <summary>
    /// Entities the writer remembers (properties and aliases written), so that one met again is neither
    /// read nor given its aliases again; about 500 bytes each. Kept in two generations of half this number:
    /// when the newer one is full, the older one is dropped, and an entity of the older one met again moves
    /// to the newer one, so the entities met often stay. 0: none remembered.
    /// </summary>
    public int CachedEntities { get; init; } = 10_000;

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

        if (PageBytes is < 4096 or > 65536 || (PageBytes & (PageBytes - 1)) != 0)
        {
            yield return $"the page size must be a power of two from 4096 to 65536 bytes (got {PageBytes})";
        }

        if (CachedEntities is < 0 or > 10_000_000)
        {
            yield return $"the entity cache must hold 0..10000000 entities (got {CachedEntities})";
        }

        if (CheckMegabytes is < 0 or > 1_048_576)
        {
            yield return $"the whole-check size must be 0..1048576 MiB (got {CheckMegabytes})";
        }
    }
}
