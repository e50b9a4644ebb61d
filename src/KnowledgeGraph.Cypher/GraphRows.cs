using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cypher;

/// <summary>
/// Turns a graph into the statements that write it with the <c>cypher/write</c> templates:
/// nodes by label, then relationships by type and end labels, in <c>UNWIND $rows</c> batches.
/// Every value travels in <c>rows</c>; only closed-list labels and types reach the text.
/// </summary>
public static class GraphRows
{
    public const int DefaultBatchSize = 1000;

    public static IEnumerable<CypherStatement> Statements(GraphSnapshot graph, TemplateCatalog catalog, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);

        var articles = Rows(graph.Articles, ArticleRow);
        foreach (var s in Batches(catalog.NodeWriter(GraphLabels.Article), null, articles, batchSize))
        {
            yield return s;
        }

        foreach (var group in graph.Entities.GroupBy(e => GraphLabels.Require(e.Label)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var s in Batches(catalog.NodeWriter(group.Key), null, Rows(group, EntityRow), batchSize))
            {
                yield return s;
            }
        }

        var labels = graph.Entities.ToDictionary(e => e.Key, e => e.Label, StringComparer.Ordinal);
        foreach (var a in graph.Articles)
        {
            labels[a.Key] = GraphLabels.Article;
        }

        var groups = graph.Relationships
            .Where(r => labels.ContainsKey(r.Start) && labels.ContainsKey(r.End))
            .GroupBy(r => (Type: RelationshipTypes.Require(r.Type), Start: labels[r.Start], End: labels[r.End]))
            .OrderBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.Start, StringComparer.Ordinal).ThenBy(g => g.Key.End, StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var placeholders = new Dictionary<string, string> { ["startLabel"] = g.Key.Start, ["endLabel"] = g.Key.End };
            foreach (var s in Batches(catalog.RelationshipWriter(g.Key.Type), placeholders, Rows(g, RelationshipRow), batchSize))
            {
                yield return s;
            }
        }
    }

    /// <summary>The schema statements (one uniqueness constraint a label).</summary>
    public static IEnumerable<CypherStatement> Schema(TemplateCatalog catalog) =>
        catalog.Schema.Select(t => new CypherStatement(t.Name, t.Render(), new Dictionary<string, object?>()));

    public static Dictionary<string, object?> ArticleRow(StoredArticle a) => new()
    {
        ["key"] = a.Key,
        ["name"] = a.Title,
        ["aliases"] = new List<object?>(),
        ["props"] = WithoutNulls(new Dictionary<string, object?>
        {
            ["title"] = a.Title,
            ["source"] = a.Source,
            ["url"] = a.Url,
            ["published"] = a.Published,
            ["place"] = a.Place,
            ["language"] = a.Language,
            ["path"] = a.Path,
            ["ingestedAt"] = a.IngestedAt,
        }),
    };

    public static Dictionary<string, object?> EntityRow(StoredEntity e)
    {
        var aliases = new List<object?>(e.Aliases.Count);
        foreach (var alias in e.Aliases)
        {
            aliases.Add(alias);
        }

        return new Dictionary<string, object?>(4)
        {
            ["key"] = e.Key,
            ["name"] = e.Name,
            ["aliases"] = aliases,
            ["props"] = Props(e.Properties),
        };
    }

    /// <summary>
    /// A relationship row: its stored properties, and only what these graphs add to its evidence:
    /// <c>articles</c> (their keys), <c>evidence</c> (their sentences) and <c>articleCount</c> (how many
    /// articles gave evidence in the store). The templates append them idempotently and keep the
    /// first <see cref="EvidenceKept"/> of each; every article's evidence stays in the store.
    /// </summary>
    public static Dictionary<string, object?> RelationshipRow(StoredRelationship r)
    {
        // Each in the order first given, once (built without LINQ: this runs for every relationship the sync sends).
        var articles = new List<object?>(1);
        var evidence = new List<object?>(r.Evidence.Count);
        foreach (var e in r.Evidence)
        {
            AddOnce(articles, e.ArticleKey);
            AddOnce(evidence, e.Text);
        }

        return new Dictionary<string, object?>(6)
        {
            ["start"] = r.Start,
            ["end"] = r.End,
            ["props"] = Props(r.Properties),
            ["articles"] = articles,
            ["evidence"] = evidence,
            ["articleCount"] = (long)Math.Max(r.ArticleCount, articles.Count),
        };
    }

    /// <summary>Adds <paramref name="value"/> unless the list holds it already (the lists are short: a list's own articles and sentences).</summary>
    private static void AddOnce(List<object?> list, string value)
    {
        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (string.Equals((string?)list[i], value, StringComparison.Ordinal))
            {
                return;
            }
        }

        list.Add(value);
    }

    private static Dictionary<string, object?> Props(SortedDictionary<string, object> properties)
    {
        var props = new Dictionary<string, object?>(properties.Count, StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            props[key] = value;
        }

        return props;
    }

    /// <summary>How many articles' keys and evidence sentences a relationship keeps in Neo4j (see the rel-*.cypher templates).</summary>
    public const int EvidenceKept = 50;

    /// <summary>
    /// The graphs of several articles as one: each article, entity and relationship once (a
    /// relationship's evidence from all of them), so their rows share batches.
    /// </summary>
    public static GraphSnapshot Merge(IEnumerable<GraphSnapshot> graphs)
    {
        var articles = new Dictionary<string, StoredArticle>(StringComparer.Ordinal);
        var entities = new Dictionary<string, StoredEntity>(StringComparer.Ordinal);
        var relationships = new Dictionary<(string, string, string), StoredRelationship>();
        foreach (var g in graphs)
        {
            g.Articles.ForEach(a => articles[a.Key] = a);
            g.Entities.ForEach(e => entities[e.Key] = e);
            foreach (var r in g.Relationships)
            {
                var id = (r.Type, r.Start, r.End);
                relationships[id] = relationships.TryGetValue(id, out var seen)
                    ? new StoredRelationship
                    {
                        Type = r.Type, Start = r.Start, End = r.End, Properties = r.Properties,
                        Evidence = [.. seen.Evidence, .. r.Evidence.Where(e => !seen.Evidence.Contains(e))],
                        ArticleCount = Math.Max(seen.ArticleCount, r.ArticleCount),
                    }
                    : r;
            }
        }

        return new GraphSnapshot { Articles = [.. articles.Values], Entities = [.. entities.Values], Relationships = [.. relationships.Values] };
    }

    private static IEnumerable<CypherStatement> Batches(
        CypherTemplate template, IReadOnlyDictionary<string, string>? placeholders, List<object?> rows, int batchSize)
    {
        var text = template.Render(placeholders);
        for (var i = 0; i < rows.Count; i += batchSize)
        {
            var batch = rows.Count <= batchSize ? rows : rows.GetRange(i, Math.Min(batchSize, rows.Count - i));
            yield return new CypherStatement(template.Name, text, new Dictionary<string, object?> { ["rows"] = batch });
        }
    }

    /// <summary>The rows of <paramref name="items"/>, as the list a batch sends.</summary>
    private static List<object?> Rows<T>(IEnumerable<T> items, Func<T, Dictionary<string, object?>> row)
    {
        var rows = new List<object?>();
        foreach (var item in items)
        {
            rows.Add(row(item));
        }

        return rows;
    }

    private static Dictionary<string, object?> WithoutNulls(Dictionary<string, object?> d) =>
        d.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
