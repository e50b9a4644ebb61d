using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The MENTIONS edges an article keeps in its mentions rows (schema 4): one row per article and
/// entity already holds the spans, so the edge adds its properties (nothing when they are the usual
/// ones) and the span of its evidence sentence. Readers rebuild the same relationships the
/// relationships table would give.
/// </summary>
public sealed partial class GraphStore
{
    /// <summary>A MENTIONS edge as a mentions row keeps it: properties ('' for the usual ones) and its evidence span.</summary>
    internal sealed record MentionEdge(string Properties, int? EvidenceStart, int? EvidenceEnd);

    /// <summary>
    /// The MENTIONS edges of <paramref name="document"/> that go into its mentions rows, by entity key;
    /// the others (several evidence spans, evidence in a text SQLite cannot slice, an entity without
    /// mentions, a second edge to the same entity) are stored as relationships.
    /// </summary>
    internal static Dictionary<string, (Relationship Relationship, MentionEdge Edge)> MentionEdges(GraphDocument document, bool sliceable)
    {
        // The first entity of each key with mentions (a loop: grouping allocated a lookup and its groupings for every article).
        var spans = new Dictionary<string, int>(document.Entities.Count, StringComparer.Ordinal);
        foreach (var e in document.Entities)
        {
            if (e.Mentions.Count > 0)
            {
                spans.TryAdd(e.Key, e.Mentions.Count);
            }
        }

        var edges = new Dictionary<string, (Relationship, MentionEdge)>(StringComparer.Ordinal);
        foreach (var r in document.Relationships)
        {
            if (r.Type != RelationshipTypes.Mentions || r.Start != document.Article.Key || !spans.TryGetValue(r.End, out var count))
            {
                continue;
            }

            var evidence = r.AllEvidence.Count > 0 ? r.AllEvidence : r.Evidence is { } one ? [one] : [];
            if (evidence.Count > 1 || (evidence.Count == 1 && !sliceable))
            {
                continue;
            }

            var edge = new MentionEdge(IsUsual(r.Properties, count) ? string.Empty : PropertyBag.ToJson(r.Properties), evidence.FirstOrDefault()?.Start, evidence.FirstOrDefault()?.End);
            edges.TryAdd(r.End, (r, edge));
        }

        return edges;
    }

    /// <summary>The properties the extractor gives every MENTIONS edge, as the store writes them.</summary>
    private static string UsualMentionProperties(int count) =>
        PropertyBag.ToJson(new SortedDictionary<string, object>(StringComparer.Ordinal) { ["confidence"] = 1.0, ["count"] = count });

    /// <summary>
    /// Whether <paramref name="properties"/> are written as <see cref="UsualMentionProperties"/>: the same two
    /// values of the same types in the same order need no JSON to tell (nor does a count of properties other than two); anything else is compared as JSON.
    /// </summary>
    private static bool IsUsual(PropertyMap properties, int count) =>
        properties.Count == 2
        && ((properties.TryGetValue("confidence", out var c) && c is 1.0 && properties.TryGetValue("count", out var n) && n is int k && k == count)
            || PropertyBag.ToJson(properties) == UsualMentionProperties(count));

    /// <summary>The MENTIONS edges kept in mentions rows that match <paramref name="where"/> (a condition on <c>m</c>, the mentions row).</summary>
    private List<StoredRelationship> ReadMentionEdges(string? where, params (string, object?)[] parameters)
    {
        var sql = """
            SELECT a.key, m.entity_key, m.spans, m.edge, m.evidence_start, m.evidence_end,
                   substr(a.text, m.evidence_start + 1, m.evidence_end - m.evidence_start)
            FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.edge IS NOT NULL
            """ + (where is null ? string.Empty : " AND " + where) + " ORDER BY m.article_id, m.entity_key";
        using var cmd = Command(sql, null, parameters);
        using var r = cmd.ExecuteReader();
        var list = new List<StoredRelationship>();
        while (r.Read())
        {
            var edge = r.GetString(3);
            var properties = PropertyBag.FromJson(edge.Length > 0 ? edge : UsualMentionProperties(r.GetString(2).Split(',').Length));
            var articleKey = r.GetString(0);
            var evidence = new List<StoredEvidence>();
            if (!r.IsDBNull(4))
            {
                var confidence = properties.TryGetValue("confidence", out var c) ? Convert.ToDouble(c, CultureInfo.InvariantCulture) : (double?)null;
                evidence.Add(new StoredEvidence(articleKey, r.GetInt32(4), r.GetInt32(5), r.GetString(6), confidence));
            }

            list.Add(new StoredRelationship
            {
                Type = RelationshipTypes.Mentions, Start = articleKey, End = r.GetString(1), Properties = properties, Evidence = evidence, ArticleCount = evidence.Count,
            });
        }

        return list;
    }
}
