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
    private readonly Dictionary<string, PreparedStatement> _prepared = new(StringComparer.Ordinal);

    private GraphStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    public string Path { get; }

    /// <summary>Opens (creating and migrating as needed) the store at <paramref name="path"/>.</summary>
    public static GraphStore Open(string path, StoreTuning? tuning = null)
    {
        tuning ??= StoreTuning.Default;
        if (tuning.Problems().FirstOrDefault() is { } problem)
        {
            throw new ArgumentException("store tuning: " + problem, nameof(tuning));
        }

        var full = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        var cs = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 60,
        }.ToString();
        var connection = new SqliteConnection(cs);
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout = 60000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;"
                + $" PRAGMA cache_size = -{tuning.CacheMegabytes * 1024}; PRAGMA wal_autocheckpoint = {tuning.CheckpointPages}; PRAGMA temp_store = MEMORY;");
            StoreSchema.Migrate(connection);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException($"cannot open the store {full}: {ex.Message}", ex);
        }
        catch (StoreException)
        {
            // A schema newer than this program: the file must not stay open.
            connection.Dispose();
            throw;
        }

        return new GraphStore(connection, full);
    }

    public void Dispose()
    {
        foreach (var statement in _prepared.Values)
        {
            statement.Dispose();
        }

        _prepared.Clear();
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
        Count("SELECT COALESCE(SUM(mention_count), 0) FROM entities"),
        Count("SELECT COUNT(*) FROM evidence"),
        Count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL"));

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
