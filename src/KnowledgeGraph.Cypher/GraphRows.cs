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

        var articles = graph.Articles.Select(ArticleRow).ToList();
        foreach (var s in Batches(catalog.NodeWriter(GraphLabels.Article), null, articles, batchSize))
        {
            yield return s;
        }

        foreach (var group in graph.Entities.GroupBy(e => GraphLabels.Require(e.Label)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var s in Batches(catalog.NodeWriter(group.Key), null, group.Select(EntityRow).ToList(), batchSize))
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
            foreach (var s in Batches(catalog.RelationshipWriter(g.Key.Type), placeholders, g.Select(RelationshipRow).ToList(), batchSize))
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

    public static Dictionary<string, object?> EntityRow(StoredEntity e) => new()
    {
        ["key"] = e.Key,
        ["name"] = e.Name,
        ["aliases"] = e.Aliases.Cast<object?>().ToList(),
        ["props"] = e.Properties.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal),
    };

    /// <summary>
    /// A relationship row: its stored properties, and only what these graphs add to its evidence:
    /// <c>articles</c> (their keys), <c>evidence</c> (their sentences) and <c>articleCount</c> (how many
    /// articles gave evidence in the store). The templates append them idempotently and keep the
    /// first <see cref="EvidenceKept"/> of each; every article's evidence stays in the store.
    /// </summary>
    public static Dictionary<string, object?> RelationshipRow(StoredRelationship r) => new()
    {
        ["start"] = r.Start,
        ["end"] = r.End,
        ["props"] = r.Properties.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal),
        ["articles"] = r.Evidence.Select(e => (object?)e.ArticleKey).Distinct().ToList(),
        ["evidence"] = r.Evidence.Select(e => (object?)e.Text).Distinct().ToList(),
        ["articleCount"] = (long)Math.Max(r.ArticleCount, r.Evidence.Select(e => e.ArticleKey).Distinct().Count()),
    };

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
        CypherTemplate template, IReadOnlyDictionary<string, string>? placeholders, List<Dictionary<string, object?>> rows, int batchSize)
    {
        var text = template.Render(placeholders);
        for (var i = 0; i < rows.Count; i += batchSize)
        {
            var batch = rows.GetRange(i, Math.Min(batchSize, rows.Count - i)).Cast<object?>().ToList();
            yield return new CypherStatement(template.Name, text, new Dictionary<string, object?> { ["rows"] = batch });
        }
    }

    private static Dictionary<string, object?> WithoutNulls(Dictionary<string, object?> d) =>
        d.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
