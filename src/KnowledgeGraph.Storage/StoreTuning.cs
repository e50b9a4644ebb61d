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

        if (CheckMegabytes is < 0 or > 1_048_576)
        {
            yield return $"the whole-check size must be 0..1048576 MiB (got {CheckMegabytes})";
        }
    }
}
