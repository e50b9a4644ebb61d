using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// SQLite failures that concern the store as a whole, not one article: the disk is full, the
/// file is damaged or read-only. Work that writes must stop at the first one; the user reads
/// one line saying what to do.
/// </summary>
public static class StoreFaults
{
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int NotADatabase = 26;

    /// <summary>True when no later article could be stored either.</summary>
    public static bool StopsWriting(Exception ex) =>
        ex is SqliteException { SqliteErrorCode: ReadOnly or IoError or Corrupt or Full or NotADatabase }
        || (ex is IOException io && IsDiskFull(io));

    /// <summary>ENOSPC on Linux and macOS, ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows.</summary>
    public static bool IsDiskFull(IOException ex) =>
        (ex?.HResult & 0xFFFF) is 28 or 112 or 39 || (ex?.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>One line for the user: what happened and what to do.</summary>
    public static string Describe(SqliteException ex, string? storePath = null)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var store = storePath is null ? "the store" : $"the store {storePath}";
        return ex.SqliteErrorCode switch
        {
            Full => $"{store}: the disk is full (SQLite: {ex.Message}); free some space and run the same command again",
            Corrupt or NotADatabase => $"{store} is damaged (SQLite: {ex.Message}); {RepairAdvice(storePath)}",
            ReadOnly => $"{store} is read-only (SQLite: {ex.Message}); only lookup, path, export and status work on it",
            _ => $"{store}: SQLite error {ex.SqliteErrorCode}: {ex.Message}",
        };
    }

    /// <summary>How to check a damaged store and what to restore.</summary>
    public static string RepairAdvice(string? storePath) =>
        $"check it with: sqlite3 {storePath ?? "STORE"} 'PRAGMA integrity_check;' and restore your last backup of that file "
        + "(or move it aside and ingest the articles again)";
}
