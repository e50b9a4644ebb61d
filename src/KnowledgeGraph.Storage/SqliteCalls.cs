using System.Runtime.InteropServices;
using SQLitePCL;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The SQLite functions a <see cref="PreparedStatement"/> calls for every row (bind, step, reset, changes), called
/// straight into the native library SQLitePCLRaw loaded. Through SQLitePCLRaw each call went through its provider
/// interface and added and released a reference to the statement's SafeHandle (about 2% of the ingest writer's
/// samples); here the statement holds one reference for its life and passes the bare pointer. <see cref="Direct"/> is
/// null when that library cannot be reached so, or is not the one SQLitePCLRaw uses (a different provider): statements
/// then call through SQLitePCLRaw as before.
/// </summary>
internal sealed unsafe class SqliteCalls
{
    private const string Library = "e_sqlite3";
    private static readonly nint Transient = -1; // SQLITE_TRANSIENT: SQLite copies the text before the call returns

    private readonly delegate* unmanaged<nint, int> _step;
    private readonly delegate* unmanaged<nint, int> _reset;
    private readonly delegate* unmanaged<nint, int, int> _bindNull;
    private readonly delegate* unmanaged<nint, int, long, int> _bindInt64;
    private readonly delegate* unmanaged<nint, int, double, int> _bindDouble;
    private readonly delegate* unmanaged<nint, int, byte*, int, nint, int> _bindText;
    private readonly delegate* unmanaged<nint, int> _changes;
    private readonly delegate* unmanaged<nint, long> _lastInsertRowid;
    private readonly delegate* unmanaged<nint, int, long> _columnInt64;

    private SqliteCalls(nint library)
    {
        _step = (delegate* unmanaged<nint, int>)NativeLibrary.GetExport(library, "sqlite3_step");
        _reset = (delegate* unmanaged<nint, int>)NativeLibrary.GetExport(library, "sqlite3_reset");
        _bindNull = (delegate* unmanaged<nint, int, int>)NativeLibrary.GetExport(library, "sqlite3_bind_null");
        _bindInt64 = (delegate* unmanaged<nint, int, long, int>)NativeLibrary.GetExport(library, "sqlite3_bind_int64");
        _bindDouble = (delegate* unmanaged<nint, int, double, int>)NativeLibrary.GetExport(library, "sqlite3_bind_double");
        _bindText = (delegate* unmanaged<nint, int, byte*, int, nint, int>)NativeLibrary.GetExport(library, "sqlite3_bind_text");
        _changes = (delegate* unmanaged<nint, int>)NativeLibrary.GetExport(library, "sqlite3_changes");
        _lastInsertRowid = (delegate* unmanaged<nint, long>)NativeLibrary.GetExport(library, "sqlite3_last_insert_rowid");
        _columnInt64 = (delegate* unmanaged<nint, int, long>)NativeLibrary.GetExport(library, "sqlite3_column_int64");
    }

    /// <summary>The direct calls, or null when statements must call through SQLitePCLRaw.</summary>
    public static SqliteCalls? Direct { get; } = Load();

    public int Step(nint statement) => _step(statement);

    public int Reset(nint statement) => _reset(statement);

    public int BindNull(nint statement, int slot) => _bindNull(statement, slot);

    public int BindInt64(nint statement, int slot, long value) => _bindInt64(statement, slot, value);

    public int BindDouble(nint statement, int slot, double value) => _bindDouble(statement, slot, value);

    /// <summary>Binds UTF-8 bytes; SQLite copies them (an empty span is an empty text, not NULL: the pointer is never null).</summary>
    public int BindText(nint statement, int slot, ReadOnlySpan<byte> utf8)
    {
        var none = (byte)0;
        fixed (byte* bytes = utf8)
        {
            return _bindText(statement, slot, bytes is null ? &none : bytes, utf8.Length, Transient);
        }
    }

    public int Changes(nint db) => _changes(db);

    public long LastInsertRowid(nint db) => _lastInsertRowid(db);

    public long ColumnInt64(nint statement, int column) => _columnInt64(statement, column);

    private static SqliteCalls? Load()
    {
        try
        {
            // The library as SQLitePCLRaw's provider finds it (the same search, so the same file and the same loaded copy).
            Batteries_V2.Init();
            if (!NativeLibrary.TryLoad(Library, typeof(SQLite3Provider_e_sqlite3).Assembly, null, out var library))
            {
                return null;
            }

            // One copy of SQLite in the process: its version string is at the address SQLitePCLRaw's provider sees.
            var version = (delegate* unmanaged<nint>)NativeLibrary.GetExport(library, "sqlite3_libversion");
            fixed (byte* theirs = raw.sqlite3_libversion())
            {
                return (nint)theirs == version() ? new SqliteCalls(library) : null;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or InvalidOperationException)
        {
            return null;
        }
    }
}
