using KnowledgeGraph.Bolt;
using KnowledgeGraph.Cypher;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Neo4j;

/// <summary>An entity read back from Neo4j with each of its relationships and the entity at the other end.</summary>
public sealed record Neo4jEntityView(StoredEntity Entity, IReadOnlyList<(StoredRelationship Relationship, StoredEntity Other)> Relationships, IReadOnlyList<StoredEntity> OtherMatches);

/// <summary>Answers lookups from Neo4j with the <c>cypher/queries</c> templates, decoding nodes and relationships.</summary>
public sealed class Neo4jGraphReader(BoltDriver driver, TemplateCatalog catalog, string? database)
{
    private static readonly HashSet<string> NodeFields = new(StringComparer.Ordinal) { "key", "name", "aliases" };
    private static readonly HashSet<string> EvidenceFields = new(StringComparer.Ordinal) { "evidence", "evidenceAll", "articles" };

    public async Task<Neo4jEntityView?> LookupAsync(string name, CancellationToken cancellationToken)
    {
        var byName = catalog.Query("entity-by-name");
        var found = await driver.ExecuteQueryAsync(
            byName.Render(), new Dictionary<string, object?> { ["name"] = name, ["limit"] = 10L }, database, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var matches = found.Records.Select(r => r["entity"]).OfType<Node>().Select(ToEntity).ToList();
        if (matches.Count == 0)
        {
            return null;
        }

        var entity = matches[0];
        var about = catalog.Query("everything-about");
        var result = await driver.ExecuteQueryAsync(
            about.Render(), new Dictionary<string, object?> { ["key"] = entity.Key }, database, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var rels = new List<(StoredRelationship, StoredEntity)>();
        foreach (var record in result.Records)
        {
            if (record["relationship"] is not Bolt.Relationship r || record["other"] is not Node otherNode)
            {
                continue;
            }

            var other = ToEntity(otherNode);
            var outgoing = record["outgoing"] is true;
            rels.Add((ToRelationship(r, outgoing ? entity.Key : other.Key, outgoing ? other.Key : entity.Key), other));
        }

        return new Neo4jEntityView(entity, rels, matches.Skip(1).ToList());
    }

    public static StoredEntity ToEntity(Node node)
    {
        var props = node.Properties;
        var label = node.Labels.FirstOrDefault(GraphLabels.IsKnown) ?? node.Labels.FirstOrDefault() ?? "?";
        var properties = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var (k, v) in props)
        {
            if (!NodeFields.Contains(k) && v is string or long or double or bool)
            {
                properties[k] = v;
            }
        }

        return new StoredEntity
        {
            Key = props.TryGetValue("key", out var key) ? key as string ?? node.ElementId : node.ElementId,
            Label = label,
            Name = props.TryGetValue("name", out var n) ? n as string ?? string.Empty : string.Empty,
            Aliases = props.TryGetValue("aliases", out var a) && a is IEnumerable<object?> list ? list.OfType<string>().ToList() : [],
            Properties = properties,
        };
    }

    public static StoredRelationship ToRelationship(Bolt.Relationship r, string startKey, string endKey)
    {
        var props = r.Properties;
        var properties = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var (k, v) in props)
        {
            if (!EvidenceFields.Contains(k) && v is string or long or double or bool)
            {
                properties[k] = v;
            }
        }

        var confidence = props.TryGetValue("confidence", out var c) && c is double d ? d : (double?)null;
        var texts = props.TryGetValue("evidenceAll", out var all) && all is IEnumerable<object?> l ? l.OfType<string>().ToList()
            : props.TryGetValue("evidence", out var one) && one is string s ? [s] : [];
        var articles = props.TryGetValue("articles", out var arts) && arts is IEnumerable<object?> al ? al.OfType<string>().ToList() : [];
        var evidence = texts.Select((t, i) => new StoredEvidence(i < articles.Count ? articles[i] : articles.FirstOrDefault() ?? string.Empty, 0, 0, t, confidence)).ToList();
        return new StoredRelationship { Type = r.Type, Start = startKey, End = endKey, Properties = properties, Evidence = evidence };
    }
}
