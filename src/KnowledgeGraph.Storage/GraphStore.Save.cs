using System.Globalization;
using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

public sealed partial class GraphStore
{
    // The write path's statements, run for every row: kept at hand rather than looked up by their SQL each time.
    private PreparedStatement? _insertArticle;
    private PreparedStatement? _insertEntity;
    private PreparedStatement? _insertRelationship;
    private PreparedStatement? _queueOutbox;

    // An article's mentions and evidence rows, gathered and then written by multi-row statements (see RowInsert).
    private readonly List<MentionRow> _mentionRows = [];
    private readonly List<EvidenceRow> _evidenceRows = [];
    private readonly List<AliasRow> _aliasRows = [];
    private readonly HashSet<string> _keysWithRow = new(StringComparer.Ordinal);
    private readonly List<bool> _gotRow = [];
    private RowInsert? _insertMentions;
    private RowInsert? _insertEvidence;
    private RowInsert? _insertAliases;

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

    /// <summary>
    /// Opens a write transaction for a group of articles; see <see cref="StoreBatch"/>. <paramref name="graphAgain"/>
    /// makes an article's graph again (the extractor, which gives the same graph for the same text): given, the group
    /// keeps only its articles to write them again after a failing one, not their graphs.
    /// </summary>
    public StoreBatch BeginBatch(Func<SourceArticle, GraphDocument>? graphAgain = null) =>
        new(this, BeginGroupTransaction(), _entities, _counts, graphAgain);

    /// <summary>Begins a write transaction for a group (the write lock is taken at once) and tells the entity cache.</summary>
    internal SqliteTransaction BeginGroupTransaction()
    {
        var tx = _connection.BeginTransaction(deferred: false);
        try
        {
            // The write lock is held from here: what the cache knows stays true until the group ends, unless another connection wrote before it.
            _entities.GroupBegins((long)Prepared("PRAGMA data_version").Scalar()!);
        }
        catch
        {
            tx.Dispose();
            throw;
        }

        return tx;
    }

    /// <summary>Adds to the entities' rows the mentions the kept articles of the group counted (before the group commits).</summary>
    internal void WriteCounts()
    {
        var update = Prepared("UPDATE entities SET mention_count = mention_count + $c WHERE key = $k", "$k", "$c");
        foreach (var (key, mentions) in _counts.Take())
        {
            update.Reset().Set(0, key).Set(1, mentions).Run();
        }
    }

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

    internal void ExecuteIn(string sql) => Prepared(sql).Execute();

    /// <summary>Writes a checked article inside the transaction open on the store's connection (a <see cref="StoreBatch"/>'s).</summary>
    internal SaveResult SaveInto(SourceArticle article, GraphDocument document, bool queueForSync)
    {
        var key = document.Article.Key;
        if (InsertArticle(article, document.Article) is not { } articleId)
        {
            return new SaveResult(true, 0, 0);
        }

        // Spans index UTF-16 code units and SQLite's substr counts code points: they agree unless the
        // text has a character outside the basic plane. Only then is an evidence sentence kept as text.
        var sliceable = !article.Text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') && !article.Text.Contains('\0', StringComparison.Ordinal);
        var inRows = WriteMentions(articleId, document, sliceable);
        var entitiesAdded = 0;
        _aliasRows.Clear();
        for (var i = 0; i < document.Entities.Count; i++)
        {
            var e = document.Entities[i];
            entitiesAdded += UpsertEntity(e, _gotRow[i] ? e.Mentions.Count : 0) ? 1 : 0;
        }

        WriteAliases();

        var relationshipsAdded = inRows.Count;
        _evidenceRows.Clear();
        foreach (var r in document.Relationships)
        {
            if (!inRows.Contains(r))
            {
                relationshipsAdded += UpsertRelationship(r, sliceable) ? 1 : 0;
            }
        }

        WriteEvidence(articleId);

        if (queueForSync)
        {
            (_queueOutbox ??= Prepared("INSERT OR IGNORE INTO outbox(article_key, sink) VALUES ($k, 'neo4j')", "$k")).Reset().Set(0, key).Run();
        }

        return new SaveResult(false, entitiesAdded, relationshipsAdded);
    }

    /// <summary>Mention spans as the store keeps them: "start-end,start-end".</summary>
    private string Spans(List<TextSpan> mentions)
    {
        var sb = _spans.Clear();
        foreach (var m in mentions)
        {
            (sb.Length > 0 ? sb.Append(',') : sb).Append(m.Start).Append('-').Append(m.End);
        }

        return sb.ToString();
    }

    /// <summary>The new article's id; null when an article of that key is already stored.</summary>
    private long? InsertArticle(SourceArticle article, ArticleInfo info)
    {
        var insert = _insertArticle ??= Prepared(
            """
            INSERT INTO articles(key, title, source, url, published, place, language, path, text, ingested_at)
            VALUES ($k, $title, $source, $url, $published, $place, $lang, $path, $text, $at) ON CONFLICT(key) DO NOTHING
            """,
            "$k", "$title", "$source", "$url", "$published", "$place", "$lang", "$path", "$text", "$at");
        insert.Reset().Set(0, info.Key).Set(1, info.Title).Set(2, info.Source).Set(3, info.Url ?? article.Url).Set(4, info.Published ?? article.Published)
            .Set(5, info.Place).Set(6, info.Language).Set(7, info.Path ?? article.Path).Set(8, article.Text)
            .Set(9, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return insert.Insert();
    }

    /// <summary>
    /// Inserts or merges an entity: properties first seen stay and new ones are added, mentions are
    /// counted, aliases (and the name) are added once. An entity the writer knows (<see cref="EntityCache"/>)
    /// is neither read nor given its aliases again; an unknown one is inserted, and read only when it was there.
    /// </summary>
    private bool UpsertEntity(Entity e, int mentions)
    {
        var added = false;
        if (!_entities.TryGet(e.Key, out var known))
        {
            if ((_insertEntity ??= Prepared("INSERT INTO entities(key, label, name, properties, mention_count) VALUES ($k, $l, $n, $p, $c) ON CONFLICT(key) DO NOTHING",
                    "$k", "$l", "$n", "$p", "$c"))
                .Reset().Set(0, e.Key).Set(1, GraphLabels.Require(e.Label)).Set(2, e.Name).Set(3, PropertyBag.ToJson(e.Properties)).Set(4, mentions)
                .Run() == 1)
            {
                added = true;
                known = _entities.Remember(e.Key, new EntityCache.Known(e.Properties.Count > 0 ? new(e.Properties, StringComparer.Ordinal) : null));
            }
            else
            {
                var read = Prepared("SELECT properties FROM entities WHERE key = $k", "$k").Reset().Set(0, e.Key);
                var stored = read.Row() ? read.Text(0) : null;
                read.Reset();
                var properties = PropertyBag.FromJson(stored);
                known = _entities.Remember(e.Key, new EntityCache.Known(properties.Count > 0 ? properties : null));
            }
        }

        if (!added)
        {
            // Properties first seen stay; new ones are added.
            var changed = false;
            foreach (var (k, v) in e.Properties)
            {
                changed |= (known.Properties ??= new(StringComparer.Ordinal)).TryAdd(k, v);
            }

            if (changed)
            {
                Prepared("UPDATE entities SET properties = $p WHERE key = $k", "$k", "$p").Reset().Set(0, e.Key).Set(1, PropertyBag.ToJson(known.Properties!)).Run();
            }

            // Counted in the row as the group commits (see PendingCounts).
            _counts.Add(e.Key, mentions);
        }

        foreach (var name in e.Aliases)
        {
            NewAlias(e.Key, known, name);
        }

        NewAlias(e.Key, known, e.Name);

        return added;
    }

    /// <summary>Inserts a relationship, or merges its properties into the stored one and counts the article; then its evidence.</summary>
    private bool UpsertRelationship(Relationship r, bool sliceable)
    {
        var (type, start, end) = r.Identity;
        var evidence = r.AllEvidence.Count > 0 ? r.AllEvidence : r.Evidence is { } one ? [one] : [];
        var fromThisArticle = evidence.Count > 0 ? 1 : 0;
        var insert = (_insertRelationship ??= Prepared(
                "INSERT INTO relationships(type, start_key, end_key, properties, article_count) VALUES ($t, $s, $e, $p, $c) ON CONFLICT DO NOTHING",
                "$t", "$s", "$e", "$p", "$c"))
            .Reset().Set(0, RelationshipTypes.Require(type)).Set(1, start).Set(2, end).Set(3, PropertyBag.ToJson(r.Properties)).Set(4, fromThisArticle);
        var inserted = insert.Insert();
        var added = inserted is not null;
        long id;
        if (inserted is { } newId)
        {
            id = newId;
        }
        else
        {
            var read = Prepared("SELECT id, properties FROM relationships WHERE start_key = $s AND type = $t AND end_key = $e", "$s", "$t", "$e")
                .Reset().Set(0, start).Set(1, type).Set(2, end);
            if (!read.Row())
            {
                read.Reset();
                throw new StoreException($"the relationship {type} {start} -> {end} is neither new nor stored");
            }

            id = read.Int64(0);
            var props = read.Text(1);
            read.Reset();
            var json = PropertyBag.ToJson(MergeRelationshipProperties(PropertyBag.FromJson(props), r.Properties));
            if (json != props || fromThisArticle > 0)
            {
                Prepared("UPDATE relationships SET properties = $p, article_count = article_count + $c WHERE id = $id", "$id", "$p", "$c")
                    .Reset().Set(0, id).Set(1, json).Set(2, fromThisArticle).Run();
            }
        }

        double? confidence = r.Properties.TryGetValue("confidence", out var c) ? Convert.ToDouble(c, CultureInfo.InvariantCulture) : null;
        foreach (var ev in evidence)
        {
            // Written with the article's other evidence rows (WriteEvidence), in this order.
            _evidenceRows.Add(new EvidenceRow(id, ev.Start, ev.End, sliceable ? null : ev.Text, confidence));
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
