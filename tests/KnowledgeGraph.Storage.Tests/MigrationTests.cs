using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>A store written by the previous schema (version 1) opens, is migrated once, and reads the same.</summary>
public sealed class MigrationTests : StoreTestBase
{
    // The version 1 tables, as kg created them before the throughput migration (only what the rows below need).
    private const string Version1 = """
        CREATE TABLE articles (key TEXT PRIMARY KEY, title TEXT NOT NULL, source TEXT, url TEXT, published TEXT, place TEXT,
            language TEXT NOT NULL, path TEXT, text TEXT NOT NULL, ingested_at TEXT NOT NULL);
        CREATE TABLE entities (key TEXT PRIMARY KEY, label TEXT NOT NULL, name TEXT NOT NULL, properties TEXT NOT NULL DEFAULT '{}');
        CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
        CREATE TABLE aliases (entity_key TEXT NOT NULL REFERENCES entities(key), alias TEXT NOT NULL, PRIMARY KEY (entity_key, alias)) WITHOUT ROWID;
        CREATE INDEX aliases_alias ON aliases(alias COLLATE NOCASE);
        CREATE TABLE mentions (article_key TEXT NOT NULL REFERENCES articles(key), entity_key TEXT NOT NULL REFERENCES entities(key),
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (article_key, entity_key, start, "end")) WITHOUT ROWID;
        CREATE INDEX mentions_entity ON mentions(entity_key);
        CREATE TABLE relationships (id INTEGER PRIMARY KEY, type TEXT NOT NULL, start_key TEXT NOT NULL, end_key TEXT NOT NULL,
            properties TEXT NOT NULL DEFAULT '{}', UNIQUE (type, start_key, end_key));
        CREATE INDEX relationships_start ON relationships(start_key);
        CREATE INDEX relationships_end ON relationships(end_key);
        CREATE TABLE evidence (relationship_id INTEGER NOT NULL REFERENCES relationships(id), article_key TEXT NOT NULL REFERENCES articles(key),
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, confidence REAL, PRIMARY KEY (relationship_id, article_key, start, "end")) WITHOUT ROWID;
        CREATE INDEX evidence_article ON evidence(article_key);
        CREATE TABLE outbox (article_key TEXT PRIMARY KEY REFERENCES articles(key), sink TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT, next_try_at TEXT, sent_at TEXT);
        CREATE INDEX outbox_pending ON outbox(sent_at, next_try_at);
        PRAGMA user_version = 1;
        """;

    private const string Text = "Вера Лунина встретилась с Олегом Ткачом. Лунина похвалила Ткача.";

    [Fact]
    public void A_version_1_store_is_migrated_and_reads_the_same()
    {
        var path = Path.Combine(Dir, "v1.db");
        var key = ArticleKeys.FromText(Text);
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = Version1 + $"""

                INSERT INTO articles VALUES ('{key}', 'Встреча', NULL, NULL, NULL, NULL, 'ru', 'a.txt', '{Text}', '2026-11-30T10:00:00Z');
                INSERT INTO entities VALUES ('person:lunina-vera', 'Person', 'Вера Лунина', '{"{}"}'), ('person:tkach-oleg', 'Person', 'Олег Ткач', '{"{}"}');
                INSERT INTO aliases VALUES ('person:lunina-vera', 'Лунина');
                INSERT INTO mentions VALUES ('{key}', 'person:lunina-vera', 0, 11, 'Вера Лунина'), ('{key}', 'person:lunina-vera', 41, 47, 'Лунина'),
                    ('{key}', 'person:tkach-oleg', 26, 39, 'Олегом Ткачом');
                INSERT INTO relationships VALUES (1, 'MET_WITH', 'person:lunina-vera', 'person:tkach-oleg', '{"{\"confidence\":0.8}"}');
                INSERT INTO evidence VALUES (1, '{key}', 0, 40, 'Вера Лунина встретилась с Олегом Ткачом.', 0.8);
                INSERT INTO outbox(article_key, sink) VALUES ('{key}', 'neo4j');
                """;
            cmd.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        using var store = GraphStore.Open(path);

        Assert.Equal(new StoreCounts(1, 2, 1, 3, 1, 1), store.Counts());
        Assert.Equal(2, store.Entity("person:lunina-vera")!.MentionCount);
        var met = Assert.Single(store.RelationshipsOf("person:tkach-oleg"));
        Assert.Equal(1, met.ArticleCount);
        Assert.Equal(new StoredEvidence(key, 0, 40, "Вера Лунина встретилась с Олегом Ткачом.", 0.8), Assert.Single(met.Evidence));
        var graph = store.ReadArticle(key);
        Assert.Equal(["person:lunina-vera", "person:tkach-oleg"], graph.Entities.Select(e => e.Key));
        Assert.Equal(key, Assert.Single(store.PendingSync(DateTimeOffset.MaxValue)).ArticleKey);
        Assert.Equal("ok", store.IntegrityCheck());

        // A new article after the migration gets the next id and its evidence is read back from its text.
        var second = new ArticleBuilder("Олег Ткач встретился с Верой Луниной.", "b.txt")
            .Entity("person:tkach-oleg", "Олег Ткач").Entity("person:lunina-vera", "Верой Луниной")
            .Rel(RelationshipTypes.MetWith, "person:tkach-oleg", "person:lunina-vera", "Олег Ткач встретился с Верой Луниной.");
        store.Save(second.Source, second.Build());
        met = Assert.Single(store.RelationshipsOf("person:tkach-oleg"));
        Assert.Equal(2, met.ArticleCount);
        Assert.Contains(met.Evidence, e => e.Text == "Олег Ткач встретился с Верой Луниной.");
    }
}
