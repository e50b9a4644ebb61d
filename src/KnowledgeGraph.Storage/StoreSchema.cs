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

        // 2 (throughput): less written per article. Articles get a stable integer id that mentions and
        // evidence use instead of the 79-character key; mentions become one row per article and entity
        // (their spans as "start-end,..."; the text is the article's own, never copied); evidence keeps
        // its text only where the article's text cannot give it back (NULL: the article's text at the
        // span); entities count their mentions and relationships the articles that gave evidence, so no
        // read counts a hub's rows; the start_key index is the unique index's prefix;
        // the NOCASE name and alias indexes served no query (name search folds Cyrillic case itself).
        """
        CREATE TABLE articles_v2 (
            id           INTEGER PRIMARY KEY,
            key          TEXT NOT NULL UNIQUE,
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
        INSERT INTO articles_v2(key, title, source, url, published, place, language, path, text, ingested_at)
            SELECT key, title, source, url, published, place, language, path, text, ingested_at FROM articles ORDER BY ingested_at, key;
        ALTER TABLE entities ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0;
        UPDATE entities SET mention_count = (SELECT COUNT(*) FROM mentions m WHERE m.entity_key = entities.key);
        CREATE TABLE mentions_v2 (
            article_id  INTEGER NOT NULL,
            entity_key  TEXT NOT NULL,
            spans       TEXT NOT NULL,
            PRIMARY KEY (article_id, entity_key)
        ) WITHOUT ROWID;
        INSERT INTO mentions_v2(article_id, entity_key, spans)
            SELECT a.id, m.entity_key, group_concat(m.start || '-' || m."end", ',')
            FROM mentions m JOIN articles_v2 a ON a.key = m.article_key GROUP BY a.id, m.entity_key;
        CREATE TABLE relationships_v2 (
            id             INTEGER PRIMARY KEY,
            type           TEXT NOT NULL,
            start_key      TEXT NOT NULL,
            end_key        TEXT NOT NULL,
            properties     TEXT NOT NULL DEFAULT '{}',
            article_count  INTEGER NOT NULL DEFAULT 0,
            UNIQUE (start_key, type, end_key)
        );
        INSERT INTO relationships_v2(id, type, start_key, end_key, properties, article_count)
            SELECT r.id, r.type, r.start_key, r.end_key, r.properties,
                   (SELECT COUNT(DISTINCT v.article_key) FROM evidence v WHERE v.relationship_id = r.id)
            FROM relationships r;
        CREATE TABLE evidence_v2 (
            relationship_id INTEGER NOT NULL,
            article_id      INTEGER NOT NULL,
            start           INTEGER NOT NULL,
            "end"           INTEGER NOT NULL,
            text            TEXT,
            confidence      REAL,
            PRIMARY KEY (relationship_id, article_id, start, "end")
        ) WITHOUT ROWID;
        INSERT INTO evidence_v2(relationship_id, article_id, start, "end", text, confidence)
            SELECT v.relationship_id, a.id, v.start, v."end", v.text, v.confidence FROM evidence v JOIN articles_v2 a ON a.key = v.article_key;
        CREATE TABLE outbox_v2 (
            article_key  TEXT PRIMARY KEY,
            sink         TEXT NOT NULL,
            attempts     INTEGER NOT NULL DEFAULT 0,
            last_error   TEXT,
            next_try_at  TEXT,
            sent_at      TEXT
        );
        INSERT INTO outbox_v2 SELECT * FROM outbox;
        DROP TABLE outbox;
        DROP TABLE evidence;
        DROP TABLE mentions;
        DROP TABLE relationships;
        DROP TABLE articles;
        ALTER TABLE articles_v2 RENAME TO articles;
        ALTER TABLE mentions_v2 RENAME TO mentions;
        ALTER TABLE relationships_v2 RENAME TO relationships;
        ALTER TABLE evidence_v2 RENAME TO evidence;
        ALTER TABLE outbox_v2 RENAME TO outbox;
        CREATE INDEX relationships_end ON relationships(end_key);
        CREATE INDEX relationships_bare ON relationships(start_key, end_key) WHERE article_count = 0;
        CREATE INDEX evidence_article ON evidence(article_id);
        CREATE INDEX outbox_pending ON outbox(sent_at, next_try_at) WHERE sent_at IS NULL;
        DROP INDEX entities_name;
        DROP INDEX aliases_alias;
        """,

        // 3: followed feeds (kg run's feed service). IF NOT EXISTS: kept idempotent so that its place
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

        // 4 (throughput): an article's MENTIONS edges live in its mentions rows, not in relationships. They
        // were 60% of the relationship rows, each keyed by the 79-character article key (at a random place
        // of the unique index, so every group of articles dirtied pages all over it) with an evidence row
        // beside it. edge: NULL when the article has no MENTIONS edge to the entity, '' when its properties
        // are the usual {confidence: 1.0, count: number of spans}, else their JSON; evidence_start/end: the
        // sentence of the edge's evidence, read back from the article's text. An edge that does not fit
        // (several evidence spans, a text SQLite cannot slice) stays in relationships, as do those of
        // stores written before; readers take both.
        """
        ALTER TABLE mentions ADD COLUMN edge TEXT;
        ALTER TABLE mentions ADD COLUMN evidence_start INTEGER;
        ALTER TABLE mentions ADD COLUMN evidence_end INTEGER;
        CREATE INDEX mentions_edge_entity ON mentions(entity_key) WHERE edge IS NOT NULL;
        """,

        // 5 (throughput): the MENTIONS edges that stores written before schema 4 keep in relationships move into
        // their mentions rows, where schema 4 writes them, when they fit there as they would have been written:
        // an article's edge to an entity it has a mentions row for, with no evidence or one evidence span of
        // that article whose text the article's text gives back. The properties move as they are (their JSON,
        // not the '' of the usual ones). The others stay in relationships, where readers still find them.
        // Moves nothing on a second run (only rows whose edge is empty are filled), so its place among the
        // migrations may change when branches merge.
        """
        CREATE TEMP TABLE moving AS
            SELECT r.id AS relationship_id, m.article_id, m.entity_key, r.properties, v.start AS evidence_start, v."end" AS evidence_end
            FROM relationships r
            JOIN articles a ON a.key = r.start_key
            JOIN mentions m ON m.article_id = a.id AND m.entity_key = r.end_key AND m.edge IS NULL
            LEFT JOIN evidence v ON v.relationship_id = r.id
            WHERE r.type = 'MENTIONS'
              AND (SELECT COUNT(*) FROM evidence w WHERE w.relationship_id = r.id) <= 1
              AND (v.relationship_id IS NULL
                   OR (v.article_id = a.id AND (v.text IS NULL OR v.text = substr(a.text, v.start + 1, v."end" - v.start))));
        UPDATE mentions SET edge = mv.properties, evidence_start = mv.evidence_start, evidence_end = mv.evidence_end
            FROM temp.moving mv WHERE mv.article_id = mentions.article_id AND mv.entity_key = mentions.entity_key;
        DELETE FROM evidence WHERE relationship_id IN (SELECT relationship_id FROM temp.moving);
        DELETE FROM relationships WHERE id IN (SELECT relationship_id FROM temp.moving);
        DROP TABLE temp.moving;
        """,

        // 6 (throughput): aliases lose the foreign key to entities that schema 1 gave them. kg writes an entity before
        // its aliases in the same article, so the key never caught anything, but with foreign keys on SQLite looked the
        // entity up for every alias written, and an INSERT of several alias rows had to keep a statement journal in case
        // the check failed at its end. The rows are the same. A second run gives the same table again.
        """
        CREATE TABLE aliases_v6 (
            entity_key  TEXT NOT NULL,
            alias       TEXT NOT NULL,
            PRIMARY KEY (entity_key, alias)
        ) WITHOUT ROWID;
        INSERT INTO aliases_v6(entity_key, alias) SELECT entity_key, alias FROM aliases;
        DROP TABLE aliases;
        ALTER TABLE aliases_v6 RENAME TO aliases;
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
