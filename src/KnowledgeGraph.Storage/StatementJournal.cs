using SQLitePCL;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Where SQLite keeps the copies of pages a savepoint may have to restore (its statement journal). With
/// <c>temp_store = MEMORY</c> that journal grows in blocks of about 1 KiB, each one allocated and freed again as the
/// savepoint ends: about a fifth of the writer's time went to the C library's allocator. Configured once for the
/// process (<c>SQLITE_CONFIG_STMTJRNL_SPILL</c>, before SQLite's first use), a journal held in one block of
/// <see cref="BlockBytes"/> costs one allocation per savepoint, and the writer's connection uses it when its
/// <c>temp_store</c> is <c>FILE</c>.
/// <para>
/// The block must never fill: a journal that outgrows it is copied to a temporary file in writes of the block's
/// size, and SQLite's Unix layer writes at most 128 KiB at once (it masks the length), so the copy ends short and
/// SQLite reports SQLITE_FULL, a disk full that is not, and rolls the whole transaction back. Hence
/// <see cref="StoreTuning.SavepointWrites"/>: the rows written under one savepoint are bounded so that their pages
/// fit the block many times over, and a larger article is written in a transaction of its own, without savepoint
/// (<see cref="StoreBatch.Fits"/>).
/// </para>
/// </summary>
internal static class StatementJournal
{
    /// <summary>The journal's block: 24 MiB, below the C library's largest threshold for separate mappings (32 MiB), so the block is reused from the heap, not mapped and faulted in again for every savepoint.</summary>
    public const int BlockBytes = 24 * 1024 * 1024;

    private const int ConfigStatementJournalSpill = 26; // SQLITE_CONFIG_STMTJRNL_SPILL

    /// <summary>
    /// Whether the journal block is configured: true unless SQLite was already in use in this process before the
    /// first store was opened (then it keeps its in-memory journal of small blocks, slower but as safe). Read first
    /// thing by <see cref="GraphStore.Open"/>, before any connection.
    /// </summary>
    public static bool InOneBlock { get; } = Configure();

    /// <summary>The <c>temp_store</c> of the writer's connection: FILE lets the statement journal use the block.</summary>
    public static string TempStore => InOneBlock ? "FILE" : "MEMORY";

    private static bool Configure()
    {
        Batteries_V2.Init();
        return raw.sqlite3_config(ConfigStatementJournalSpill, BlockBytes) == raw.SQLITE_OK;
    }
}
