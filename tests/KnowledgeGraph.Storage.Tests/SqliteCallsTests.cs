using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// <see cref="PreparedStatement"/> calls SQLite straight through <see cref="SqliteCalls"/> where it can; the same
/// statements through SQLitePCLRaw (the plain path) must write, report and read exactly the same.
/// </summary>
public sealed class SqliteCallsTests : StoreTestBase
{
    private static readonly (string Key, long? Number, double? Real, string? Text)[] Rows =
    [
        ("a", 1, 0.5, "текст"),
        ("b", null, null, null),
        ("c", long.MinValue, -1e300, string.Empty),
        ("a", 2, 2.5, "повтор"), // a conflict: ignored, no rowid
        ("d", long.MaxValue, double.Epsilon, new string('ж', 3000)),
        ("", 0, 0.0, "пустой ключ"),
    ];

    [Fact]
    public void Direct_calls_reach_the_library_SQLitePCLRaw_uses() =>
        Assert.NotNull(SqliteCalls.Direct);

    [Fact]
    public void Direct_and_plain_statements_write_report_and_read_alike()
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        Assert.Equal(Play(connection, "plain", null), Play(connection, "direct", SqliteCalls.Direct));
    }

    /// <summary>Inserts, updates and reads back <see cref="Rows"/> in a table of its own; everything the statements answered.</summary>
    private static List<string> Play(SqliteConnection connection, string table, SqliteCalls? calls)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = $"CREATE TABLE {table} (id INTEGER PRIMARY KEY, k TEXT NOT NULL UNIQUE, n INTEGER, r REAL, s TEXT)";
            create.ExecuteNonQuery();
        }

        var answers = new List<string>();
        using var insert = new PreparedStatement(connection, calls, $"INSERT INTO {table}(k, n, r, s) VALUES ($k, $n, $r, $s) ON CONFLICT(k) DO NOTHING", "$k", "$n", "$r", "$s");
        foreach (var (key, number, real, text) in Rows)
        {
            answers.Add($"insert {key}: {insert.Reset().Set(0, key).Set(1, number).Set(2, real).Set(3, text).Insert()}");
        }

        using var update = new PreparedStatement(connection, calls, $"UPDATE {table} SET n = coalesce(n, 0) + $c WHERE k >= $k", "$c", "$k");
        answers.Add($"update: {update.Reset().Set(0, 7L).Set(1, "b").Run()}");

        var failure = Assert.Throws<SqliteException>(() => insert.Reset().Set(0, (string?)null).Set(1, 1L).Set(2, 1.0).Set(3, "x").Run());
        answers.Add($"refused: {failure.SqliteErrorCode}");

        using var read = new PreparedStatement(connection, calls, $"SELECT id, k, n, r, s FROM {table} WHERE id > $after ORDER BY id", "$after");
        read.Reset().Set(0, 0L);
        while (read.Row())
        {
            answers.Add($"row {read.Int64(0)} {read.Value(1)} {read.Value(2)} {read.Value(3)} {read.Text(4)?.Length}:{read.Text(4)?[..Math.Min(5, read.Text(4)!.Length)]}");
        }

        answers.Add($"stopped early: {read.Reset().Set(0, 1L).Row()}");
        read.Reset();
        return answers;
    }
}
