using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// Schema 5: a store written before schema 4 keeps its MENTIONS edges in the relationships table; the
/// migration moves those that fit into the mentions rows, leaves the others, and every reader gives the
/// same graph before and after.
/// </summary>
public sealed class MentionsMigrationTests : StoreTestBase
{
    private const string Text = "Ирина Соколова прибыла в Костанай. Соколова открыла выставку в Костанае.";
    private const string Astral = "Ирина Соколова прибыла в Костанай 😀. Соколова открыла выставку в Костанае.";

    [Fact]
    public void Mentions_edges_kept_as_relationships_move_into_the_mentions_rows_and_read_the_same()
    {
        var usual = Mentioned(Article(Text, "a.txt"), "person:sokolova-irina", "Ирина Соколова прибыла в Костанай.");
        usual = Mentioned(usual, "city:kostanay", null, ("salience", "high"));
        usual.Rel(RelationshipTypes.Visited, "person:sokolova-irina", "city:kostanay", "Ирина Соколова прибыла в Костанай.");
        Save(usual);
        var astral = Mentioned(Article(Astral, "b.txt"), "city:kostanay", "Соколова открыла выставку в Костанае.");
        Save(astral);
        var twice = Mentioned(Article(Text + " Снова.", "c.txt"), "city:kostanay", "Ирина Соколова прибыла в Костанай.");
        var doc = twice.Build();
        var edge = doc.Relationships.Single();
        edge.AllEvidence.Add(edge.Evidence!);
        edge.AllEvidence.Add(TextSpan.Of(twice.Source.Text, 35, Text.Length));
        Store.Save(twice.Source, doc);
        var before = Graph(Store);
        Assert.Equal(2, RelationshipRows("MENTIONS"));
        Store.Dispose();

        WriteAsBeforeSchema4();
        Assert.Equal(4, RelationshipRows("MENTIONS"));
        using (var old = GraphStore.OpenRead(DbPath))
        {
            Assert.Equal(before, Graph(old));
        }

        Run("PRAGMA user_version = 4;");
        using var migrated = GraphStore.Open(DbPath);

        Assert.Equal(before, Graph(migrated));
        Assert.Equal(2, RelationshipRows("MENTIONS")); // the astral text's edge and the one with two spans stay
        Assert.Equal(2, Scalar("SELECT COUNT(*) FROM mentions WHERE edge IS NOT NULL"));
        Assert.Equal(Scalar("SELECT COUNT(*) FROM evidence"), Scalar("SELECT COUNT(*) FROM evidence v JOIN relationships r ON r.id = v.relationship_id"));
        Assert.Equal("ok", migrated.IntegrityCheck());
    }

    [Fact]
    public void A_second_run_of_the_migration_moves_nothing()
    {
        Save(Mentioned(Article(Text, "a.txt"), "person:sokolova-irina", "Ирина Соколова прибыла в Костанай."));
        var before = Graph(Store);
        Store.Dispose();
        Run("PRAGMA user_version = 4;");
        using var again = GraphStore.Open(DbPath);
        Assert.Equal(before, Graph(again));
        Assert.Equal(0, RelationshipRows("MENTIONS"));
    }

    private static ArticleBuilder Article(string text, string path) => new ArticleBuilder(text, path)
        .Entity("person:sokolova-irina", "Ирина Соколова", aliases: ["Соколова"])
        .Entity("city:kostanay", "Костанай", GraphLabels.City, aliases: ["Костанае"]);

    private static ArticleBuilder Mentioned(ArticleBuilder a, string entity, string? evidence, params (string Key, object Value)[] properties)
    {
        var count = a.Build().Entities.Single(e => e.Key == entity).Mentions.Count;
        return a.Rel(RelationshipTypes.Mentions, a.Key, entity, evidence, 1.0, [("count", count), .. properties]);
    }

    /// <summary>Every graph reader's relationships, in one comparable text.</summary>
    private static string Graph(GraphStore store)
    {
        static string Line(StoredRelationship r) =>
            $"{r.Type} {r.Start} {r.End} {PropertyBag.ToJson(r.Properties)} {r.ArticleCount} [{string.Join("; ", r.Evidence)}]";
        var all = store.ReadAll().Relationships.Select(Line).Order(StringComparer.Ordinal);
        var listed = store.AllRelationships().Select(Line).Order(StringComparer.Ordinal);
        var around = store.RelationshipsOf("city:kostanay").Select(Line).Order(StringComparer.Ordinal);
        return string.Join("\n", [.. all, "--", .. listed, "--", .. around, "--", store.Counts().ToString()]);
    }

    /// <summary>Moves the edges of the mentions rows into relationships and evidence, as kg wrote them before schema 4.</summary>
    private void WriteAsBeforeSchema4()
    {
        var rows = new List<(long Article, string Key, string Entity, string Spans, string Edge, long? Start, long? End)>();
        using (var c = Connect())
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT m.article_id, a.key, m.entity_key, m.spans, m.edge, m.evidence_start, m.evidence_end FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.edge IS NOT NULL";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                rows.Add((r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetInt64(5), r.IsDBNull(6) ? null : r.GetInt64(6)));
            }
        }

        foreach (var (article, key, entity, spans, edge, start, end) in rows)
        {
            var properties = edge.Length > 0 ? edge : PropertyBag.ToJson(new SortedDictionary<string, object>(StringComparer.Ordinal) { ["confidence"] = 1.0, ["count"] = spans.Split(',').Length });
            var id = Query(
                "INSERT INTO relationships(type, start_key, end_key, properties, article_count) VALUES ('MENTIONS', $k, $e, $p, $n) RETURNING id",
                ("$k", key), ("$e", entity), ("$p", properties), ("$n", start is null ? 0 : 1));
            if (start is not null)
            {
                // Stores migrated from schema 1 kept the evidence text; those written by schemas 2 and 3 did not.
                Query(
                    "INSERT INTO evidence(relationship_id, article_id, start, \"end\", text, confidence) SELECT $r, $a, $s, $x, substr(text, $s + 1, $x - $s), 1.0 FROM articles WHERE id = $a",
                    ("$r", id), ("$a", article), ("$s", start), ("$x", end));
            }
        }

        Run("UPDATE mentions SET edge = NULL, evidence_start = NULL, evidence_end = NULL");
    }

    private SqliteConnection Connect()
    {
        var c = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        c.Open();
        return c;
    }

    private void Run(string sql, params (string Name, object? Value)[] parameters) => Query(sql, parameters);

    private object? Query(string sql, params (string Name, object? Value)[] parameters)
    {
        using var c = Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return cmd.ExecuteScalar();
    }

    private long Scalar(string sql)
    {
        using var c = Connect();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (long)cmd.ExecuteScalar()!;
    }

    private long RelationshipRows(string type) => Scalar($"SELECT COUNT(*) FROM relationships WHERE type = '{type}'");
}
