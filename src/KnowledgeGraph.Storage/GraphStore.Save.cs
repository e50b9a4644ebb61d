using System.Globalization;
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
        using var batch = BeginBatch();
        var result = batch.Save(article, document, queueForSync);
        batch.Commit();
        return result;
    }

    /// <summary>Opens a write transaction for a group of articles; see <see cref="StoreBatch"/>.</summary>
    public StoreBatch BeginBatch() => new(this, _connection.BeginTransaction(deferred: false));

    /// <summary>The contract problems of <paramref name="document"/> as the graph of <paramref name="article"/>; throws on the first.</summary>
    internal static void Check(SourceArticle article, GraphDocument document)
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
    }

    internal void ExecuteIn(SqliteTransaction tx, string sql) => Prepared(sql).Execute(tx);

    /// <summary>Writes a checked article inside <paramref name="tx"/>.</summary>
    internal SaveResult SaveInto(SqliteTransaction tx, SourceArticle article, GraphDocument document, bool queueForSync)
    {
        var key = document.Article.Key;
        if (Prepared("SELECT 1 FROM articles WHERE key = $k", "$k").Scalar(tx, key) is not null)
        {
            return new SaveResult(true, 0, 0);
        }

        var articleId = InsertArticle(tx, article, document.Article);

        // Spans index UTF-16 code units and SQLite's substr counts code points: they agree unless the
        // text has a character outside the basic plane. Only then is an evidence sentence kept as text.
        var sliceable = !article.Text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') && !article.Text.Contains('\0', StringComparison.Ordinal);
        var edges = MentionEdges(document, sliceable);
        var inRows = new HashSet<Relationship>(ReferenceEqualityComparer.Instance);
        var entitiesAdded = 0;
        foreach (var e in document.Entities)
        {
            var edge = edges.TryGetValue(e.Key, out var found) ? found.Edge : null;
            var inserted = e.Mentions.Count > 0 && Prepared(
                "INSERT OR IGNORE INTO mentions(article_id, entity_key, spans, edge, evidence_start, evidence_end) VALUES ($a, $e, $s, $x, $xs, $xe)",
                "$a", "$e", "$s", "$x", "$xs", "$xe")
                .Execute(tx, articleId, e.Key, string.Join(',', e.Mentions.Select(m => $"{m.Start}-{m.End}")), edge?.Properties, edge?.EvidenceStart, edge?.EvidenceEnd) == 1;
            if (inserted && edge is not null)
            {
                inRows.Add(found.Relationship);
            }

            entitiesAdded += UpsertEntity(tx, e, inserted ? e.Mentions.Count : 0) ? 1 : 0;
        }

        var relationshipsAdded = inRows.Count;
        foreach (var r in document.Relationships.Where(r => !inRows.Contains(r)))
        {
            relationshipsAdded += UpsertRelationship(tx, articleId, r, sliceable) ? 1 : 0;
        }

        if (queueForSync)
        {
            Prepared("INSERT OR IGNORE INTO outbox(article_key, sink) VALUES ($k, 'neo4j')", "$k").Execute(tx, key);
        }

        return new SaveResult(false, entitiesAdded, relationshipsAdded);
    }

    private long InsertArticle(SqliteTransaction tx, SourceArticle article, ArticleInfo info)
    {
        var insert = Prepared(
            """
            INSERT INTO articles(key, title, source, url, published, place, language, path, text, ingested_at)
            VALUES ($k, $title, $source, $url, $published, $place, $lang, $path, $text, $at) RETURNING id
            """,
            "$k", "$title", "$source", "$url", "$published", "$place", "$lang", "$path", "$text", "$at");
        return Convert.ToInt64(
            insert.Scalar(
                tx, info.Key, info.Title, info.Source, info.Url ?? article.Url, info.Published ?? article.Published, info.Place, info.Language,
                info.Path ?? article.Path, article.Text, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)),
            CultureInfo.InvariantCulture);
    }

    private bool UpsertEntity(SqliteTransaction tx, Entity e, int mentions)
    {
        var existing = Prepared("SELECT properties FROM entities WHERE key = $k", "$k").Scalar(tx, e.Key) as string;
        var added = existing is null;
        if (added)
        {
            Prepared("INSERT INTO entities(key, label, name, properties, mention_count) VALUES ($k, $l, $n, $p, $c)", "$k", "$l", "$n", "$p", "$c")
                .Execute(tx, e.Key, GraphLabels.Require(e.Label), e.Name, PropertyBag.ToJson(e.Properties), mentions);
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

            if (changed || mentions > 0)
            {
                Prepared("UPDATE entities SET properties = $p, mention_count = mention_count + $c WHERE key = $k", "$k", "$p", "$c")
                    .Execute(tx, e.Key, changed ? PropertyBag.ToJson(merged) : existing, mentions);
            }
        }

        var alias = Prepared("INSERT OR IGNORE INTO aliases(entity_key, alias) VALUES ($k, $a)", "$k", "$a");
        foreach (var name in e.Aliases.Append(e.Name))
        {
            alias.Execute(tx, e.Key, name);
        }

        return added;
    }

    private bool UpsertRelationship(SqliteTransaction tx, long articleId, Relationship r, bool sliceable)
    {
        var (type, start, end) = r.Identity;
        var evidence = r.AllEvidence.Count > 0 ? r.AllEvidence : r.Evidence is { } one ? [one] : [];
        long? id;
        string? props;
        var read = Prepared("SELECT id, properties FROM relationships WHERE start_key = $s AND type = $t AND end_key = $e", "$s", "$t", "$e")
            .Bind(tx, start, RelationshipTypes.Require(type), end);
        using (var reader = read.ExecuteReader())
        {
            (id, props) = reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : ((long?)null, (string?)null);
        }

        var added = id is null;
        var fromThisArticle = evidence.Count > 0 ? 1 : 0;
        if (added)
        {
            id = Convert.ToInt64(
                Prepared("INSERT INTO relationships(type, start_key, end_key, properties, article_count) VALUES ($t, $s, $e, $p, $c) RETURNING id", "$t", "$s", "$e", "$p", "$c")
                    .Scalar(tx, type, start, end, PropertyBag.ToJson(r.Properties), fromThisArticle),
                CultureInfo.InvariantCulture);
        }
        else
        {
            var json = PropertyBag.ToJson(MergeRelationshipProperties(PropertyBag.FromJson(props), r.Properties));
            if (json != props || fromThisArticle > 0)
            {
                Prepared("UPDATE relationships SET properties = $p, article_count = article_count + $c WHERE id = $id", "$id", "$p", "$c")
                    .Execute(tx, id, json, fromThisArticle);
            }
        }

        var confidence = r.Properties.TryGetValue("confidence", out var c) ? Convert.ToDouble(c, CultureInfo.InvariantCulture) : (double?)null;
        var insert = Prepared(
            "INSERT OR IGNORE INTO evidence(relationship_id, article_id, start, \"end\", text, confidence) VALUES ($r, $a, $s, $e, $x, $c)",
            "$r", "$a", "$s", "$e", "$x", "$c");
        foreach (var ev in evidence)
        {
            insert.Execute(tx, id, articleId, ev.Start, ev.End, sliceable ? null : ev.Text, confidence);
        }

        return added;
    }

    /// <summary>Keeps the highest confidence seen; other properties first seen stay.</summary>
    private static SortedDictionary<string, object> MergeRelationshipProperties(SortedDictionary<string, object> stored, IReadOnlyDictionary<string, object> incoming)
    {
        foreach (var (k, v) in incoming)
        {
            if (k == "confidence" && stored.TryGetValue(k, out var old)
                && Convert.ToDouble(v, CultureInfo.InvariantCulture) > Convert.ToDouble(old, CultureInfo.InvariantCulture))
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
}
