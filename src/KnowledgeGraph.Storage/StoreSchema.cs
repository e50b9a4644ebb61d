using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The embedded store's tables, created and migrated by the program itself. Each migration runs
/// once, in order, inside a transaction; <c>PRAGMA user_version</c> records how far the file is.
/// </summary>
internal static class StoreSchema
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE articles (
            key          TEXT PRIMARY KEY,
            title        TEXT NOT NULL,
            source       TEXT,
            url          TEXT,
            published    TEXT,
            place        TEXT,
            language     TEXT NOT NULL,
            path         TEXT,
            text         TEXT NOT NULL,
            ingested_at  TEXT NOT NULL
        );
        CREATE TABLE entities (
            key         TEXT PRIMARY KEY,
            label       TEXT NOT NULL,
            name        TEXT NOT NULL,
            properties  TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
        CREATE TABLE aliases (
            entity_key  TEXT NOT NULL REFERENCES entities(key),
            alias       TEXT NOT NULL,
            PRIMARY KEY (entity_key, alias)
        ) WITHOUT ROWID;
        CREATE INDEX aliases_alias ON aliases(alias COLLATE NOCASE);
        CREATE TABLE mentions (
            article_key TEXT NOT NULL REFERENCES articles(key),
            entity_key  TEXT NOT NULL REFERENCES entities(key),
            start       INTEGER NOT NULL,
            "end"       INTEGER NOT NULL,
            text        TEXT NOT NULL,
            PRIMARY KEY (article_key, entity_key, start, "end")
        ) WITHOUT ROWID;
        CREATE INDEX mentions_entity ON mentions(entity_key);
        CREATE TABLE relationships (
            id          INTEGER PRIMARY KEY,
            type        TEXT NOT NULL,
            start_key   TEXT NOT NULL,
            end_key     TEXT NOT NULL,
            properties  TEXT NOT NULL DEFAULT '{}',
            UNIQUE (type, start_key, end_key)
        );
        CREATE INDEX relationships_start ON relationships(start_key);
        CREATE INDEX relationships_end ON relationships(end_key);
        CREATE TABLE evidence (
            relationship_id INTEGER NOT NULL REFERENCES relationships(id),
            article_key     TEXT NOT NULL REFERENCES articles(key),
            start           INTEGER NOT NULL,
            "end"           INTEGER NOT NULL,
            text            TEXT NOT NULL,
            confidence      REAL,
            PRIMARY KEY (relationship_id, article_key, start, "end")
        ) WITHOUT ROWID;
        CREATE INDEX evidence_article ON evidence(article_key);
        CREATE TABLE outbox (
            article_key  TEXT PRIMARY KEY REFERENCES articles(key),
            sink         TEXT NOT NULL,
            attempts     INTEGER NOT NULL DEFAULT 0,
            last_error   TEXT,
            next_try_at  TEXT,
            sent_at      TEXT
        );
        CREATE INDEX outbox_pending ON outbox(sent_at, next_try_at);
        """,

        // 2: followed feeds (kg run's feed service). IF NOT EXISTS: kept idempotent so that its place
        // among the migrations can change when branches merge without breaking a store that has it.
        """
        CREATE TABLE IF NOT EXISTS feeds (
            url              TEXT PRIMARY KEY,
            name             TEXT NOT NULL,
            last_poll_at     TEXT,
            last_success_at  TEXT,
            etag             TEXT,
            last_modified    TEXT,
            failures         INTEGER NOT NULL DEFAULT 0,
            last_error       TEXT,
            next_poll_at     TEXT
        );
        CREATE TABLE IF NOT EXISTS feed_items (
            feed_url     TEXT NOT NULL REFERENCES feeds(url),
            item_id      TEXT NOT NULL,
            url          TEXT,
            guid         TEXT,
            article_key  TEXT,
            error        TEXT,
            seen_at      TEXT NOT NULL,
            PRIMARY KEY (feed_url, item_id)
        ) WITHOUT ROWID;
        """,
    ];

    public static int LatestVersion => Migrations.Length;

    /// <summary>The schema version of the file (<c>PRAGMA user_version</c>); 0 for a file kg never wrote.</summary>
    public static int Version(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static void Migrate(SqliteConnection connection)
    {
        using var tx = connection.BeginTransaction(deferred: false);
        var version = Convert.ToInt32(Scalar(connection, tx, "PRAGMA user_version;"), System.Globalization.CultureInfo.InvariantCulture);
        if (version > Migrations.Length)
        {
            throw new StoreException($"the store was written by a newer kg (schema {version}, this kg knows {Migrations.Length})");
        }

        for (var v = version; v < Migrations.Length; v++)
        {
            using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = Migrations[v] + $"\nPRAGMA user_version = {v + 1};";
            cmd.ExecuteNonQuery();
        }

        tx.Commit();
    }

    private static object? Scalar(SqliteConnection c, SqliteTransaction tx, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
