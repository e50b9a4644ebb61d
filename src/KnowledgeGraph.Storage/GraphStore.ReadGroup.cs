using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

public sealed partial class GraphStore
{
    /// <summary>
    /// The graphs of several articles as one: what merging their <see cref="ReadArticle"/> graphs gives (each
    /// article, entity and relationship once; a relationship with the evidence of these articles only, in the
    /// order of <paramref name="articleKeys"/>, then by span). Read with a few set-based statements, each
    /// prepared once and each on an index (<see cref="GroupReadStatements"/>), in one read transaction: the
    /// cost is that of these articles' own rows, whatever the size of the store or of a hub entity. Keys not
    /// stored are left out.
    /// </summary>
    public GraphSnapshot ReadArticleGroup(IReadOnlyList<string> articleKeys)
    {
        ArgumentNullException.ThrowIfNull(articleKeys);
        var keys = articleKeys.Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            return new GraphSnapshot();
        }

        using var tx = _connection.BeginTransaction(deferred: true);
        var articles = new List<StoredArticle>(keys.Count);
        var positions = new Dictionary<long, GroupArticle>();
        using (var r = Prepared(GroupReadSql.Articles, "$keys").Bind(tx, JsonSerializer.Serialize(keys)).ExecuteReader())
        {
            while (r.Read())
            {
                positions[r.GetInt64(0)] = new GroupArticle(articles.Count, r.GetString(1), r.GetString(10));
                articles.Add(new StoredArticle(r.GetString(1), r.GetString(2), Str(r, 3), Str(r, 4), Str(r, 5), Str(r, 6), r.GetString(7), Str(r, 8), r.GetString(9)));
            }
        }

        if (articles.Count == 0)
        {
            return new GraphSnapshot();
        }

        var ids = JsonSerializer.Serialize(positions.Keys);
        var group = new GroupRead(positions);
        group.ReadMentions(Prepared(GroupReadSql.Mentions, "$ids").Bind(tx, ids));
        group.ReadEvidence(Prepared(GroupReadSql.Evidence, "$ids").Bind(tx, ids));
        group.ReadOthers(Prepared(GroupReadSql.FromArticles, "$ids").Bind(tx, ids), GroupRead.FromArticle);
        group.ReadOthers(Prepared(GroupReadSql.Bare, "$ids").Bind(tx, ids), GroupRead.Bare);

        // An end the articles do not mention (an entity listed without mentions) is still needed: a sink
        // matches both ends, and a relationship whose end is missing would be dropped.
        var entityKeys = group.EntityKeys();
        var entities = group.InArticleOrder(ReadEntities(entityKeys, tx, group.Properties));
        tx.Commit();
        return new GraphSnapshot { Articles = articles, Entities = entities, Relationships = group.Relationships() };
    }

    /// <summary>The SQL of every statement <see cref="ReadArticleGroup"/> runs (for checking their query plans).</summary>
    internal static IReadOnlyList<string> GroupReadStatements =>
    [
        GroupReadSql.Articles, GroupReadSql.Mentions, GroupReadSql.Evidence, GroupReadSql.FromArticles, GroupReadSql.Bare,
        EntitySql(filtered: true), AliasSql(filtered: true),
    ];

    /// <summary>The statements of a group read: the group travels as a JSON array (<c>$keys</c> of keys, <c>$ids</c> of article ids).</summary>
    private static class GroupReadSql
    {
        public const string Articles = """
            SELECT a.id, a.key, a.title, a.source, a.url, a.published, a.place, a.language, a.path, a.ingested_at, a.text
            FROM json_each($keys) g JOIN articles a ON a.key = g.value ORDER BY g.key
            """;

        // Every mentioned entity, and the MENTIONS edge kept in the row (schema 4) with the span of its evidence sentence
        // (cut from the article's text, read once: an edge is kept in the row only when the text's offsets allow it).
        public const string Mentions = """
            SELECT m.article_id, m.entity_key, m.spans, m.edge, m.evidence_start, m.evidence_end
            FROM mentions m WHERE m.article_id IN (SELECT value FROM json_each($ids))
            """;

        // The relationships these articles gave evidence for, with that evidence: its text, or NULL where the article's
        // text gives it back at the span (see SaveInto), cut from the text read once.
        public const string Evidence = """
            SELECT r.id, r.type, r.start_key, r.end_key, r.properties, r.article_count,
                   v.article_id, v.start, v."end", v.text, v.confidence
            FROM evidence v JOIN relationships r ON r.id = v.relationship_id
            WHERE v.article_id IN (SELECT value FROM json_each($ids))
            """;

        // Those starting at one of the articles that it gave no evidence for (MENTIONS edges kept in relationships).
        public const string FromArticles = """
            SELECT r.id, r.type, r.start_key, r.end_key, r.properties, r.article_count, a.id
            FROM articles a JOIN relationships r ON r.start_key = a.key
            WHERE a.id IN (SELECT value FROM json_each($ids))
              AND NOT EXISTS (SELECT 1 FROM evidence v WHERE v.relationship_id = r.id AND v.article_id = a.id)
            """;

        // Those without any evidence (allowed by the contract) between two entities one of the articles mentions:
        // linked to no article, they go with every article that mentions both ends. Read through their own small
        // index: without it SQLite may walk every relationship ending at a hub entity.
        public const string Bare = """
            SELECT r.id, r.type, r.start_key, r.end_key, r.properties, r.article_count, s.article_id
            FROM mentions s
            JOIN relationships r INDEXED BY relationships_bare ON r.start_key = s.entity_key AND r.article_count = 0
            JOIN mentions e ON e.article_id = s.article_id AND e.entity_key = r.end_key
            WHERE s.article_id IN (SELECT value FROM json_each($ids))
            """;
    }

    /// <summary>An article of a group: its place in the group, its key and its text.</summary>
    private sealed record GroupArticle(int Position, string Key, string Text)
    {
        /// <summary>
        /// The text at a span, as SQLite's substr gives it on a text whose offsets count code points as UTF-16 code units
        /// do (the store keeps no evidence text only for such articles): cut back to the text's end.
        /// </summary>
        public string Slice(int start, int end)
        {
            var from = Math.Clamp(start, 0, Text.Length);
            return Text.Substring(from, Math.Clamp(end, from, Text.Length) - from);
        }
    }
}
