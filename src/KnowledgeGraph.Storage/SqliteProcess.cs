using SQLitePCL;

namespace KnowledgeGraph.Storage;

/// <summary>
/// SQLite's settings for the whole process, given once before its first connection opens (SQLite accepts
/// them only before it initialises). Memory statistics off: with them on, every allocation and free of
/// SQLite (a few per row written) takes a global lock to count
/// bytes nobody reads (kg never asks <c>sqlite3_memory_used</c> nor sets a heap limit). Fail safe: when
/// SQLite was initialised earlier (another library opened a connection first) the setting is refused
/// and SQLite keeps counting; nothing else changes.
/// </summary>
internal static class SqliteProcess
{
    private static readonly Lazy<bool> Settled = new(Apply, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the settings were accepted (false when SQLite was initialised before the first store opened).</summary>
    public static bool MemoryStatisticsOff => Settled.Value;

    /// <summary>Gives the settings, once, before the first connection of a store opens.</summary>
    public static void Settle() => _ = Settled.Value;

    private static bool Apply()
    {
        // The provider of SQLitePCLRaw must be chosen before any raw call (Microsoft.Data.Sqlite does it when its first connection is made).
        Batteries_V2.Init();
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0) == raw.SQLITE_OK;
    }
}
