using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The embedded store (SQLite): the durable record of every article and its graph, and the
/// outbox of the Neo4j sink. One connection per instance; articles are written in groups, one
/// transaction a group, and an article is in the store completely or not at all (see
/// <see cref="StoreBatch"/>). WAL mode and a busy timeout let several processes share the file.
/// </summary>
public sealed partial class GraphStore : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, PreparedStatement> _prepared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PreparedQuery> _queries = new(StringComparer.Ordinal);
    private readonly System.Text.StringBuilder _spans = new();
    private readonly PendingCounts _counts = new();
    private EntityCache _entities = new(StoreTuning.Default.CachedEntities);

    private GraphStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    public string Path { get; }

    /// <summary>
    /// Opens for writing (creating and migrating as needed) the store at <paramref name="path"/>.
    /// An existing file is checked first (<c>PRAGMA quick_check</c>): kg never writes into a damaged store.
    /// The check reads the whole file, so a store larger than <see cref="StoreTuning.CheckMegabytes"/> is
    /// checked only when it was not closed cleanly: its write-ahead log is still there and not empty
    /// (the last connection to close a store checkpoints and removes it; a killed process or a
    /// machine that stopped leaves it), which is also the case while another process has it open.
    /// </summary>
    public static GraphStore Open(string path, StoreTuning? tuning = null)
    {
        tuning ??= StoreTuning.Default;
        if (tuning.Problems().FirstOrDefault() is { } problem)
        {
            throw new ArgumentException("store tuning: " + problem, nameof(tuning));
        }

        var full = System.IO.Path.GetFullPath(path);
        RefuseFolder(full);
        var existed = File.Exists(full);
        var check = existed && (LeftOpen(full) || new FileInfo(full).Length <= tuning.CheckMegabytes * 1024L * 1024);
        var dir = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        var store = Connect(full, SqliteOpenMode.ReadWriteCreate, connection =>
        {
            Execute(connection, "PRAGMA busy_timeout = 60000;");
            if (check)
            {
                QuickCheck(connection, full);
            }

            // synchronous = FULL: each commit (one per group of articles) reaches the disk before it is
            // reported, so an article reported stored survives a power cut, not only a crash of kg.
            // journal_size_limit: the log file is cut back after a checkpoint, whatever it grew to.
            // page_size takes effect only in a file that has no table yet (a new store); a store keeps its own.
            Execute(connection, $"PRAGMA page_size = {tuning.PageBytes}; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"
                + $" PRAGMA cache_size = -{tuning.CacheMegabytes * 1024};"
                + " PRAGMA journal_size_limit = 67108864; PRAGMA temp_store = MEMORY;");
            var pageBytes = PageBytes(connection);
            Execute(connection, $"PRAGMA wal_autocheckpoint = {Math.Max(1, tuning.CheckpointPages * 4096L / pageBytes)};");
            StoreSchema.Migrate(connection);
        });
        store._entities = new EntityCache(tuning.CachedEntities);
        return store;
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
        void Prepare(SqliteConnection connection)
        {
            Execute(connection, "PRAGMA busy_timeout = 60000;");
            version = StoreSchema.Version(connection);
        }

        GraphStore store;
        try
        {
            store = Connect(full, SqliteOpenMode.ReadOnly, Prepare);
        }
        catch (StoreException ex) when (ex.InnerException is SqliteException { SqliteErrorCode: 14 or 8 })
        {
            // A WAL store on a read-only medium: SQLite cannot create its -shm file there. Nothing
            // can write the file either, so it is read as immutable.
            store = Connect(new Uri(full).AbsoluteUri + "?immutable=1", SqliteOpenMode.ReadOnly, Prepare, full);
        }
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

    private static GraphStore Connect(string source, SqliteOpenMode mode, Action<SqliteConnection> prepare, string? path = null)
    {
        var full = path ?? source;
        SqliteProcess.Settle();
        var cs = new SqliteConnectionStringBuilder
        {
            DataSource = source,
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

    /// <summary>Whether the store's write-ahead log is there and not empty: it was not closed cleanly, or another process has it open.</summary>
    private static bool LeftOpen(string full) => new FileInfo(full + "-wal") is { Exists: true, Length: > 0 };

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
        foreach (var statement in _prepared.Values)
        {
            statement.Dispose();
        }

        _prepared.Clear();
        foreach (var query in _queries.Values)
        {
            query.Dispose();
        }

        _queries.Clear();
        _insertMentions?.Dispose();
        _insertEvidence?.Dispose();
        _insertAliases?.Dispose();
        _connection.Dispose();
    }

    /// <summary>SQLite's own integrity check: "ok" when the file is sound.</summary>
    public string IntegrityCheck() => (string)(Scalar("PRAGMA integrity_check;") ?? "no answer");

    public bool ContainsArticle(string articleKey) =>
        Scalar("SELECT 1 FROM articles WHERE key = $k", ("$k", articleKey)) is not null;

    public StoreCounts Counts() => new(
        Count("SELECT COUNT(*) FROM articles"),
        Count("SELECT COUNT(*) FROM entities"),
        Count("SELECT (SELECT COUNT(*) FROM relationships) + (SELECT COUNT(*) FROM mentions WHERE edge IS NOT NULL)"),
        Count("SELECT COALESCE(SUM(mention_count), 0) FROM entities"),
        Count("SELECT (SELECT COUNT(*) FROM evidence) + (SELECT COUNT(*) FROM mentions WHERE evidence_start IS NOT NULL)"),
        PendingCount());

    /// <summary>The statement <paramref name="sql"/>, prepared on first use and kept; callers must not dispose it.</summary>
    internal PreparedStatement Prepared(string sql, params string[] names)
    {
        if (!_prepared.TryGetValue(sql, out var statement))
        {
            statement = new PreparedStatement(_connection, sql, names);
            _prepared[sql] = statement;
        }

        return statement;
    }

    /// <summary>The query <paramref name="sql"/>, prepared on first use and kept; callers must not dispose it.</summary>
    internal PreparedQuery Query(string sql, params string[] names)
    {
        if (!_queries.TryGetValue(sql, out var query))
        {
            query = new PreparedQuery(_connection, sql, names);
            _queries[sql] = query;
        }

        return query;
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

    /// <summary>The page size of this store and the connection's checkpoint interval in pages (the log's size at which it checkpoints).</summary>
    internal (long PageBytes, long CheckpointPages) PageSettings() =>
        (Convert.ToInt64(Scalar("PRAGMA page_size;"), System.Globalization.CultureInfo.InvariantCulture),
         Convert.ToInt64(Scalar("PRAGMA wal_autocheckpoint;"), System.Globalization.CultureInfo.InvariantCulture));

    private int Count(string sql) => Convert.ToInt32(Scalar(sql), System.Globalization.CultureInfo.InvariantCulture);

    private static void Execute(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    /// <summary>The page size of the store open on <paramref name="c"/>, in bytes.</summary>
    private static long PageBytes(SqliteConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA page_size;";
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
