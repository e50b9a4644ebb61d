using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

public sealed partial class GraphStore
{
    /// <summary>
    /// Saves one article and its graph in one transaction. An article already stored (same key,
    /// that is the same normalised text) changes nothing. The same entity key from another article
    /// is the same entity: aliases and properties are merged, never duplicated.
    /// </summary>
    public SaveResult Save(SourceArticle article, GraphDocument document, bool queueForSync = true)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(document);
        var problems = GraphValidator.Check(document, article.Text).ToList();
        if (document.Article.Key != article.Key)
        {
            // The key names the text: a document keyed otherwise would store this text under another article's name.
            problems.Insert(0, $"the document's article key {document.Article.Key} is not the key of the article's text ({article.Key})");
        }

        if (problems.Count > 0)
        {
            throw new GraphContractException($"the graph of {article.Path} breaks the contract: {problems[0]}");
        }

        using var tx = _connection.BeginTransaction(deferred: false);
        var key = document.Article.Key;
        if (Exists(tx, "SELECT 1 FROM articles WHERE key = $k", key))
        {
            return new SaveResult(true, 0, 0);
        }

        InsertArticle(tx, article, document.Article);
        var entitiesAdded = 0;
        foreach (var e in document.Entities)
        {
            entitiesAdded += UpsertEntity(tx, e) ? 1 : 0;
            foreach (var m in e.Mentions)
            {
                var cmd = Cached(
                    "INSERT OR IGNORE INTO mentions(article_key, entity_key, start, \"end\", text) VALUES ($a, $e, $s, $t, $x)",
                    tx, ("$a", key), ("$e", e.Key), ("$s", m.Start), ("$t", m.End), ("$x", m.Text));
                cmd.ExecuteNonQuery();
            }
        }

        var relationshipsAdded = 0;
        foreach (var r in document.Relationships)
        {
            relationshipsAdded += UpsertRelationship(tx, key, r) ? 1 : 0;
        }

        if (queueForSync)
        {
            var cmd = Cached("INSERT OR IGNORE INTO outbox(article_key, sink) VALUES ($k, 'neo4j')", tx, ("$k", key));
            cmd.ExecuteNonQuery();
        }

        tx.Commit();
        return new SaveResult(false, entitiesAdded, relationshipsAdded);
    }

    private void InsertArticle(SqliteTransaction tx, SourceArticle article, ArticleInfo info)
    {
        var cmd = Cached(
            """
            INSERT INTO articles(key, title, source, url, published, place, language, path, text, ingested_at)
            VALUES ($k, $title, $source, $url, $published, $place, $lang, $path, $text, $at)
            """,
            tx,
            ("$k", info.Key), ("$title", info.Title), ("$source", info.Source), ("$url", info.Url ?? article.Url),
            ("$published", info.Published ?? article.Published), ("$place", info.Place), ("$lang", info.Language),
            ("$path", info.Path ?? article.Path), ("$text", article.Text),
            ("$at", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        cmd.ExecuteNonQuery();
    }

    private bool UpsertEntity(SqliteTransaction tx, Entity e)
    {
        string? existing;
        existing = Cached("SELECT properties FROM entities WHERE key = $k", tx, ("$k", e.Key)).ExecuteScalar() as string;

        var added = existing is null;
        if (added)
        {
            var insert = Cached(
                "INSERT INTO entities(key, label, name, properties) VALUES ($k, $l, $n, $p)",
                tx, ("$k", e.Key), ("$l", GraphLabels.Require(e.Label)), ("$n", e.Name), ("$p", PropertyBag.ToJson(e.Properties)));
            insert.ExecuteNonQuery();
        }
        else
        {
            // Properties first seen stay; new ones are added.
            var merged = PropertyBag.FromJson(existing);
            var changed = false;
            foreach (var (k, v) in e.Properties)
            {
                changed |= merged.TryAdd(k, v);
            }

            if (changed)
            {
                var update = Cached("UPDATE entities SET properties = $p WHERE key = $k", tx, ("$k", e.Key), ("$p", PropertyBag.ToJson(merged)));
                update.ExecuteNonQuery();
            }
        }

        foreach (var alias in e.Aliases.Append(e.Name))
        {
            var cmd = Cached("INSERT OR IGNORE INTO aliases(entity_key, alias) VALUES ($k, $a)", tx, ("$k", e.Key), ("$a", alias));
            cmd.ExecuteNonQuery();
        }

        return added;
    }

    private bool UpsertRelationship(SqliteTransaction tx, string articleKey, Relationship r)
    {
        var (type, start, end) = r.Identity;
        long? id;
        string? props;
        var read = Cached(
            "SELECT id, properties FROM relationships WHERE type = $t AND start_key = $s AND end_key = $e",
            tx, ("$t", RelationshipTypes.Require(type)), ("$s", start), ("$e", end));
        using (var reader = read.ExecuteReader())
        {
            (id, props) = reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : ((long?)null, (string?)null);
        }

        var added = id is null;
        if (added)
        {
            var insert = Cached(
                "INSERT INTO relationships(type, start_key, end_key, properties) VALUES ($t, $s, $e, $p) RETURNING id",
                tx, ("$t", type), ("$s", start), ("$e", end), ("$p", PropertyBag.ToJson(r.Properties)));
            id = Convert.ToInt64(insert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            var merged = MergeRelationshipProperties(PropertyBag.FromJson(props), r.Properties);
            var update = Cached("UPDATE relationships SET properties = $p WHERE id = $id", tx, ("$id", id), ("$p", PropertyBag.ToJson(merged)));
            update.ExecuteNonQuery();
        }

        var confidence = r.Properties.TryGetValue("confidence", out var c) ? Convert.ToDouble(c, System.Globalization.CultureInfo.InvariantCulture) : (double?)null;
        var evidence = r.AllEvidence.Count > 0 ? r.AllEvidence : r.Evidence is { } one ? [one] : [];
        foreach (var ev in evidence)
        {
            var cmd = Cached(
                "INSERT OR IGNORE INTO evidence(relationship_id, article_key, start, \"end\", text, confidence) VALUES ($r, $a, $s, $e, $x, $c)",
                tx, ("$r", id), ("$a", articleKey), ("$s", ev.Start), ("$e", ev.End), ("$x", ev.Text), ("$c", confidence));
            cmd.ExecuteNonQuery();
        }

        return added;
    }

    /// <summary>Keeps the highest confidence seen; other properties first seen stay.</summary>
    private static SortedDictionary<string, object> MergeRelationshipProperties(SortedDictionary<string, object> stored, IReadOnlyDictionary<string, object> incoming)
    {
        foreach (var (k, v) in incoming)
        {
            if (k == "confidence" && stored.TryGetValue(k, out var old)
                && Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) > Convert.ToDouble(old, System.Globalization.CultureInfo.InvariantCulture))
            {
                stored[k] = v;
            }
            else
            {
                stored.TryAdd(k, v);
            }
        }

        return stored;
    }

    private bool Exists(SqliteTransaction tx, string sql, string key)
    {
        var cmd = Cached(sql, tx, ("$k", key));
        return cmd.ExecuteScalar() is not null;
    }
}
