using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

public sealed partial class GraphStore
{
    /// <summary>The whole graph: every article, entity and relationship with its evidence.</summary>
    public GraphSnapshot ReadAll() => new()
    {
        Articles = ReadArticles("SELECT key, title, source, url, published, place, language, path, ingested_at FROM articles ORDER BY ingested_at, key"),
        Entities = ReadEntities(null),
        Relationships = [.. AllRelationships()],
    };

    // Each read below asks SQLite for just the rows it needs: a sink reads one article's graph per
    // article of the backlog, so nothing here may scan the whole store.

    /// <summary>
    /// One article's graph: the article, the entities it mentions, the relationships it gave evidence
    /// for with this article's evidence only (<see cref="StoredRelationship.ArticleCount"/> tells how many
    /// articles gave evidence in all). What a sink needs to add this article; its cost does not depend
    /// on how many other articles mention the same entities.
    /// </summary>
    public GraphSnapshot ReadArticle(string articleKey)
    {
        var articles = ReadArticles("SELECT key, title, source, url, published, place, language, path, ingested_at FROM articles WHERE key = $k", ("$k", articleKey));
        if (articles.Count == 0)
        {
            return new GraphSnapshot();
        }

        var id = Convert.ToInt64(Scalar("SELECT id FROM articles WHERE key = $k", ("$k", articleKey)), System.Globalization.CultureInfo.InvariantCulture);
        var entityKeys = Keys("SELECT entity_key FROM mentions WHERE article_id = $a", ("$a", id));

        // The relationships this article gave evidence for, its MENTIONS, and those without any evidence
        // (allowed by the contract) between two entities it mentions: those are linked to no article, so
        // they go with every article that mentions both ends (MERGE makes sending them twice harmless;
        // never sending them would lose them). Three lookups, each on its own index.
        var rels = ReadRelationships("id IN (SELECT relationship_id FROM evidence WHERE article_id = $a)", id, ("$a", id));
        rels.AddRange(ReadRelationships("start_key = $k AND id NOT IN (SELECT relationship_id FROM evidence WHERE article_id = $a)", id, ("$k", articleKey), ("$a", id)));
        rels.AddRange(ReadRelationships(
            """
            article_count = 0 AND start_key IN (SELECT entity_key FROM mentions WHERE article_id = $a)
            AND end_key IN (SELECT entity_key FROM mentions WHERE article_id = $a)
            """,
            id,
            ("$a", id)));
        rels.AddRange(ReadMentionEdges("m.article_id = $a", ("$a", id)));

        // An end the article does not mention (an entity listed without mentions) is still needed:
        // a sink matches both ends, and a relationship whose end is missing would be dropped.
        entityKeys.UnionWith(rels.SelectMany(r => new[] { r.Start, r.End }).Where(k => !k.StartsWith(ArticleKeys.Prefix, StringComparison.Ordinal)));

        return new GraphSnapshot { Articles = articles, Entities = ReadEntities(entityKeys), Relationships = rels };
    }

    /// <summary>The part of the graph within <paramref name="depth"/> relationships of an entity (MENTIONS not followed).</summary>
    public GraphSnapshot ReadAround(string entityKey, int depth)
    {
        var all = ReadRelationships(null, null).Where(r => r.Type != RelationshipTypes.Mentions).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal) { entityKey };
        var frontier = new HashSet<string>(StringComparer.Ordinal) { entityKey };
        for (var d = 0; d < depth && frontier.Count > 0; d++)
        {
            var next = new HashSet<string>(StringComparer.Ordinal);
            foreach (var r in all)
            {
                if (frontier.Contains(r.Start) && seen.Add(r.End))
                {
                    next.Add(r.End);
                }

                if (frontier.Contains(r.End) && seen.Add(r.Start))
                {
                    next.Add(r.Start);
                }
            }

            frontier = next;
        }

        return new GraphSnapshot
        {
            Entities = ReadEntities(seen),
            Relationships = all.Where(r => seen.Contains(r.Start) && seen.Contains(r.End)).ToList(),
        };
    }

    /// <summary>Entities whose name or an alias matches <paramref name="name"/>: exact first, then prefix, then substring.</summary>
    public IReadOnlyList<StoredEntity> FindEntities(string name, int limit = 10)
    {
        var needle = Fold(name);
        var candidates = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var cmd = Command("SELECT entity_key, alias FROM aliases"))
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                var alias = Fold(reader.GetString(1));
                var rank = alias == needle ? 0 : alias.StartsWith(needle, StringComparison.Ordinal) ? 1
                    : alias.Contains(needle, StringComparison.Ordinal) ? 2 : -1;
                var key = reader.GetString(0);
                if (rank >= 0 && (!candidates.TryGetValue(key, out var old) || rank < old))
                {
                    candidates[key] = rank;
                }
            }
        }

        var entities = ReadEntities(candidates.Keys.ToHashSet(StringComparer.Ordinal));
        return entities
            .OrderBy(e => candidates[e.Key])
            .ThenByDescending(e => e.MentionCount)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    /// <summary>Every relationship of the graph, with its evidence.</summary>
    public IReadOnlyList<StoredRelationship> AllRelationships() => [.. ReadRelationships(null, null), .. ReadMentionEdges(null)];

    /// <summary>Every relationship that starts or ends at <paramref name="entityKey"/>.</summary>
    public IReadOnlyList<StoredRelationship> RelationshipsOf(string entityKey) =>
        [.. ReadRelationships("start_key = $k OR end_key = $k", null, ("$k", entityKey)), .. ReadMentionEdges("m.entity_key = $k", ("$k", entityKey))];

    public StoredEntity? Entity(string key) =>
        ReadEntities(new HashSet<string>(StringComparer.Ordinal) { key }).FirstOrDefault();

    public StoredArticle? Article(string key) =>
        ReadArticles("SELECT key, title, source, url, published, place, language, path, ingested_at FROM articles WHERE key = $k", ("$k", key)).FirstOrDefault();

    /// <summary>The original text of an article, for evidence and re-extraction.</summary>
    public string? ArticleText(string key) =>
        Scalar("SELECT text FROM articles WHERE key = $k", ("$k", key)) as string;

    /// <summary>Lower case, ё as е, spaces after initials removed, white space folded.</summary>
    internal static string Fold(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var ch in s.Trim().ToLowerInvariant().Replace('ё', 'е'))
        {
            if (char.IsWhiteSpace(ch))
            {
                if (sb.Length > 0 && sb[^1] != ' ' && sb[^1] != '.')
                {
                    sb.Append(' ');
                }
            }
            else if (ch is not ('«' or '»' or '"'))
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    private List<StoredArticle> ReadArticles(string sql, params (string, object?)[] parameters)
    {
        using var cmd = Command(sql, null, parameters);
        using var r = cmd.ExecuteReader();
        var list = new List<StoredArticle>();
        while (r.Read())
        {
            list.Add(new StoredArticle(r.GetString(0), r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), r.GetString(6), Str(r, 7), r.GetString(8)));
        }

        return list;
    }

    private static string EntityFilter(bool filtered, string column) => filtered ? $" WHERE {column} IN (SELECT value FROM json_each($keys))" : string.Empty;

    private static string AliasSql(bool filtered) => "SELECT entity_key, alias FROM aliases" + EntityFilter(filtered, "entity_key") + " ORDER BY entity_key, alias";

    private static string EntitySql(bool filtered) =>
        "SELECT e.key, e.label, e.name, e.properties, e.mention_count FROM entities e" + EntityFilter(filtered, "e.key") + " ORDER BY e.key";

    /// <summary>The entities of <paramref name="only"/> (all when null); <paramref name="properties"/> parses their JSON (<see cref="PropertyBag.FromJson"/> when null).</summary>
    private List<StoredEntity> ReadEntities(IReadOnlySet<string>? only, SqliteTransaction? tx = null, Func<string, SortedDictionary<string, object>>? properties = null)
    {
        properties ??= PropertyBag.FromJson;
        // The keys travel as one JSON array parameter; json_each turns it into a set SQLite can join.
        var keys = only is null ? null : System.Text.Json.JsonSerializer.Serialize(only);
        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var cmd = Command(AliasSql(only is not null), tx, ("$keys", keys)))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var key = r.GetString(0);
                (aliases.TryGetValue(key, out var l) ? l : aliases[key] = []).Add(r.GetString(1));
            }
        }

        var list = new List<StoredEntity>();
        using (var cmd = Command(EntitySql(only is not null), tx, ("$keys", keys)))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var key = r.GetString(0);
                var name = r.GetString(2);
                list.Add(new StoredEntity
                {
                    Key = key,
                    Label = r.GetString(1),
                    Name = name,
                    Properties = properties(r.GetString(3)),
                    MentionCount = r.GetInt32(4),
                    Aliases = aliases.TryGetValue(key, out var a) ? a.Where(x => x != name).ToList() : [],
                });
            }
        }

        return list;
    }

    /// <summary>
    /// Relationships matching <paramref name="where"/> (all when null), each with all its evidence, or
    /// only that of the article <paramref name="evidenceOf"/> when given.
    /// </summary>
    private List<StoredRelationship> ReadRelationships(string? where, long? evidenceOf, params (string, object?)[] parameters)
    {
        var condition = where is null ? string.Empty : " WHERE " + where;
        var byId = new Dictionary<long, StoredRelationship>();
        using (var cmd = Command("SELECT id, type, start_key, end_key, properties, article_count FROM relationships" + condition + " ORDER BY id", null, parameters))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                byId[r.GetInt64(0)] = new StoredRelationship
                {
                    Type = r.GetString(1),
                    Start = r.GetString(2),
                    End = r.GetString(3),
                    Properties = PropertyBag.FromJson(r.GetString(4)),
                    ArticleCount = r.GetInt32(5),
                };
            }
        }

        if (byId.Count == 0)
        {
            return [];
        }

        // Evidence without its own text is the article's text at the span (see SaveInto).
        var filter = evidenceOf is not null ? " WHERE v.article_id = $evidenceOf"
            : where is null ? string.Empty : " WHERE v.relationship_id IN (SELECT id FROM relationships" + condition + ")";
        var evidenceSql = "SELECT v.relationship_id, a.key, v.start, v.\"end\", COALESCE(v.text, substr(a.text, v.start + 1, v.\"end\" - v.start)), v.confidence"
            + " FROM evidence v JOIN articles a ON a.id = v.article_id" + filter + " ORDER BY v.relationship_id, a.key, v.start";
        using (var cmd = Command(evidenceSql, null, [.. parameters, ("$evidenceOf", evidenceOf)]))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                if (byId.TryGetValue(r.GetInt64(0), out var rel))
                {
                    rel.Evidence.Add(new StoredEvidence(r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetDouble(5)));
                }
            }
        }

        return byId.Values.ToList();
    }

    private HashSet<string> Keys(string sql, params (string, object?)[] parameters)
    {
        using var cmd = Command(sql, null, parameters);
        using var r = cmd.ExecuteReader();
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (r.Read())
        {
            set.Add(r.GetString(0));
        }

        return set;
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
