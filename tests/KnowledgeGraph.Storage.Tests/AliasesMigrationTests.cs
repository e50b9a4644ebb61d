using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// Schema 6: the aliases table loses its foreign key to entities (a look-up of the entity for every alias
/// written, and a statement journal for a multi-row insert); its rows stay, and a second run changes nothing.
/// </summary>
public sealed class AliasesMigrationTests : StoreTestBase
{
    private static ArticleBuilder Article(int n) => new ArticleBuilder($"Статья {n}: Ирина Соколова, она же И. Соколова, прибыла в Костанай.", $"a{n}.txt")
        .Entity("person:sokolova-irina", "Ирина Соколова", aliases: ["И. Соколова"])
        .Entity("city:kostanay", "Костанай", Model.GraphLabels.City);

    [Fact]
    public void A_schema_5_store_keeps_its_aliases_without_the_foreign_key()
    {
        Save(Article(1));
        Store.Dispose();
        WriteAsSchema5();
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM pragma_foreign_key_list('aliases')"));
        var before = Rows();

        using (var migrated = GraphStore.Open(DbPath))
        {
            migrated.Save(Article(2).Source, Article(2).Build());
            Assert.Equal(["И. Соколова"], migrated.Entity("person:sokolova-irina")!.Aliases);
            Assert.Equal("ok", migrated.IntegrityCheck());
        }

        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM pragma_foreign_key_list('aliases')"));
        Assert.Equal(6, Scalar("PRAGMA user_version"));
        Assert.Equal(before, Rows());
        Assert.Contains("WITHOUT ROWID", (string)ScalarObject("SELECT sql FROM sqlite_schema WHERE name = 'aliases'")!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_run_of_the_migration_changes_nothing()
    {
        Save(Article(1));
        var before = Rows();
        Store.Dispose();
        Run("PRAGMA user_version = 5;");
        using (GraphStore.Open(DbPath))
        {
        }

        Assert.Equal(before, Rows());
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM pragma_foreign_key_list('aliases')"));
    }

    /// <summary>The aliases table as schemas 1 to 5 had it (with the foreign key), holding the same rows.</summary>
    private void WriteAsSchema5() => Run("""
        CREATE TABLE aliases_old (
            entity_key  TEXT NOT NULL REFERENCES entities(key),
            alias       TEXT NOT NULL,
            PRIMARY KEY (entity_key, alias)
        ) WITHOUT ROWID;
        INSERT INTO aliases_old SELECT entity_key, alias FROM aliases;
        DROP TABLE aliases;
        ALTER TABLE aliases_old RENAME TO aliases;
        PRAGMA user_version = 5;
        """);

    private string Rows()
    {
        using var c = Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT group_concat(entity_key || '=' || alias, '|') FROM (SELECT * FROM aliases ORDER BY entity_key, alias)";
        return (string)cmd.ExecuteScalar()!;
    }

    private long Scalar(string sql) => (long)ScalarObject(sql)!;

    private object? ScalarObject(string sql)
    {
        using var c = Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private void Run(string sql)
    {
        using var c = Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private SqliteConnection Connect()
    {
        var c = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        c.Open();
        return c;
    }
}
