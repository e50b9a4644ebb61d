using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The embedded store (SQLite): the durable record of every article and its graph, and the
/// outbox of the Neo4j sink. One connection per instance; one write transaction per article,
/// so an article is in the store completely or not at all. WAL mode and a busy timeout let
/// several processes share the file.
/// </summary>
public sealed partial class GraphStore : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _cache = new(StringComparer.Ordinal);

    private GraphStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    public string Path { get; }

    /// <summary>
    /// Opens for writing (creating and migrating as needed) the store at <paramref name="path"/>.
    /// An existing file is checked first (<c>PRAGMA quick_check</c>): kg never writes into a damaged store.
    /// </summary>
    public static GraphStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        RefuseFolder(full);
        var existed = File.Exists(full);
        var dir = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        return Connect(full, SqliteOpenMode.ReadWriteCreate, connection =>
        {
            Execute(connection, "PRAGMA busy_timeout = 60000;");
            if (existed)
            {
                QuickCheck(connection, full);
            }

            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
            StoreSchema.Migrate(connection);
        });
    }

    /// <summary>
    /// Opens an existing store for reading only (lookup, path, export, status): nothing is created
    /// or written, so a read-only file or medium works. A store of an older schema is migrated first.
    /// </summary>
    public static GraphStore OpenRead(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        RefuseFolder(full);
        if (!File.Exists(full))
        {
            throw new StoreException($"no store at {full} (kg ingest creates one)");
        }

        var version = 0;
        var store = Connect(full, SqliteOpenMode.ReadOnly, connection =>
        {
            Execute(connection, "PRAGMA busy_timeout = 60000;");
            version = StoreSchema.Version(connection);
        });
        if (version == StoreSchema.LatestVersion)
        {
            return store;
        }

        store.Dispose();
        if (version == 0)
        {
            throw new StoreException($"{full} is not a kg store (no kg tables in it)");
        }

        if (version > StoreSchema.LatestVersion)
        {
            throw new StoreException($"the store {full} was written by a newer kg (schema {version}, this kg knows {StoreSchema.LatestVersion})");
        }

        // An older schema: migrated once by a write open, then read through a read-only connection.
        using (Open(full))
        {
        }

        return OpenRead(full);
    }

    private static void RefuseFolder(string full)
    {
        if (Directory.Exists(full))
        {
            throw new StoreException($"{full} is a folder: the store is a file (give --store FOLDER/graph.db)");
        }
    }

    private static GraphStore Connect(string full, SqliteOpenMode mode, Action<SqliteConnection> prepare)
    {
        var cs = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = 60,
        }.ToString();
        var connection = new SqliteConnection(cs);
        try
        {
            connection.Open();
            prepare(connection);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException($"cannot open the store {full}: {StoreFaults.Describe(ex)}", ex);
        }
        catch (StoreException)
        {
            // A damaged store or a schema newer than this program: the file must not stay open.
            connection.Dispose();
            throw;
        }

        return new GraphStore(connection, full);
    }

    private static void QuickCheck(SqliteConnection connection, string full)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA quick_check;";
        var verdict = cmd.ExecuteScalar() as string ?? "no answer";
        if (verdict != "ok")
        {
            throw new StoreException($"the store {full} is damaged ({verdict.Split('\n')[0]}): kg will not write to it; {StoreFaults.RepairAdvice(full)}");
        }
    }

    public void Dispose()
    {
        foreach (var cmd in _cache.Values)
        {
            cmd.Dispose();
        }

        _cache.Clear();
        _connection.Dispose();
    }

    /// <summary>SQLite's own integrity check: "ok" when the file is sound.</summary>
    public string IntegrityCheck() => (string)(Scalar("PRAGMA integrity_check;") ?? "no answer");

    public bool ContainsArticle(string articleKey) =>
        Scalar("SELECT 1 FROM articles WHERE key = $k", ("$k", articleKey)) is not null;

    public StoreCounts Counts() => new(
        Count("SELECT COUNT(*) FROM articles"),
        Count("SELECT COUNT(*) FROM entities"),
        Count("SELECT COUNT(*) FROM relationships"),
        Count("SELECT COUNT(*) FROM mentions"),
        Count("SELECT COUNT(*) FROM evidence"),
        Count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL"));

    /// <summary>
    /// A command prepared once per store and reused (the write path runs the same few statements
    /// for every mention and relationship); callers must not dispose it.
    /// </summary>
    internal SqliteCommand Cached(string sql, SqliteTransaction? tx, params (string Name, object? Value)[] parameters)
    {
        if (!_cache.TryGetValue(sql, out var cmd))
        {
            cmd = _connection.CreateCommand();
            cmd.CommandText = sql;
            _cache[sql] = cmd;
        }

        cmd.Transaction = tx;
        cmd.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return cmd;
    }

    internal SqliteCommand Command(string sql, SqliteTransaction? tx = null, params (string Name, object? Value)[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return cmd;
    }

    private object? Scalar(string sql, params (string, object?)[] parameters)
    {
        using var cmd = Command(sql, null, parameters);
        return cmd.ExecuteScalar();
    }

    private int Count(string sql) => Convert.ToInt32(Scalar(sql), System.Globalization.CultureInfo.InvariantCulture);

    private static void Execute(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
