using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>A node as every writer sees it: an entity, an article, or a stub for a key the snapshot does not hold.</summary>
internal sealed record ExportNode(
    string Id, string Label, string Name, IReadOnlyList<string> Aliases, IReadOnlyDictionary<string, object> Properties, int MentionCount, bool Stub);

/// <summary>A relationship as every writer sees it, with the indexes of its ends in <see cref="ExportGraph.Nodes"/>.</summary>
internal sealed record ExportLink(int Source, int Target, StoredRelationship Relationship)
{
    public string Type => Relationship.Type;

    public bool Symmetric => RelationshipTypes.Symmetric.Contains(Relationship.Type);
}

/// <summary>
/// One flat node/link list built from a <see cref="GraphSnapshot"/>: articles become nodes (label Article,
/// name = title), the first node of a key wins, and a relationship end that is not in the snapshot gets a stub
/// node (so no link of an export ever points nowhere).
/// </summary>
internal sealed class ExportGraph
{
    private ExportGraph(List<ExportNode> nodes, List<ExportLink> links)
    {
        Nodes = nodes;
        Links = links;
        var degree = new int[nodes.Count];
        foreach (var link in links)
        {
            degree[link.Source]++;
            degree[link.Target]++;
        }

        Degree = degree;
    }

    public IReadOnlyList<ExportNode> Nodes { get; }

    public IReadOnlyList<ExportLink> Links { get; }

    public IReadOnlyList<int> Degree { get; }

    public static ExportGraph From(GraphSnapshot graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodes = new List<ExportNode>(graph.Articles.Count + graph.Entities.Count);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);

        void Add(ExportNode node)
        {
            if (index.TryAdd(node.Id, nodes.Count))
            {
                nodes.Add(node);
            }
        }

        foreach (var a in graph.Articles)
        {
            Add(new ExportNode(a.Key, GraphLabels.Article, a.Title, [], ArticleProperties(a), 0, Stub: false));
        }

        foreach (var e in graph.Entities)
        {
            Add(new ExportNode(e.Key, e.Label, e.Name, e.Aliases, e.Properties, e.MentionCount, Stub: false));
        }

        int End(string key)
        {
            if (!index.TryGetValue(key, out var i))
            {
                Add(new ExportNode(key, StubLabel(key), key, [], new Dictionary<string, object>(), 0, Stub: true));
                i = nodes.Count - 1;
            }

            return i;
        }

        var links = new List<ExportLink>(graph.Relationships.Count);
        foreach (var r in graph.Relationships)
        {
            links.Add(new ExportLink(End(r.Start), End(r.End), r));
        }

        return new ExportGraph(nodes, links);
    }

    /// <summary>Keeps the <paramref name="max"/> nodes of highest degree (ties: first listed) and the links between them.</summary>
    public ExportGraph Top(int max)
    {
        if (max < 0 || Nodes.Count <= max)
        {
            return this;
        }

        var keep = Enumerable.Range(0, Nodes.Count).OrderByDescending(i => Degree[i]).ThenBy(i => i).Take(max).Order().ToArray();
        var newIndex = new Dictionary<int, int>();
        foreach (var old in keep)
        {
            newIndex[old] = newIndex.Count;
        }

        var links = Links
            .Where(l => newIndex.ContainsKey(l.Source) && newIndex.ContainsKey(l.Target))
            .Select(l => l with { Source = newIndex[l.Source], Target = newIndex[l.Target] })
            .ToList();
        return new ExportGraph(keep.Select(i => Nodes[i]).ToList(), links);
    }

    private static Dictionary<string, object> ArticleProperties(StoredArticle a)
    {
        var p = new Dictionary<string, object>(StringComparer.Ordinal);
        void Put(string name, string? value)
        {
            if (value is not null)
            {
                p[name] = value;
            }
        }

        Put("source", a.Source);
        Put("url", a.Url);
        Put("published", a.Published);
        Put("place", a.Place);
        Put("language", a.Language);
        Put("path", a.Path);
        Put("ingestedAt", a.IngestedAt);
        return p;
    }

    private static string StubLabel(string key)
    {
        if (key.StartsWith(ArticleKeys.Prefix, StringComparison.Ordinal))
        {
            return GraphLabels.Article;
        }

        var colon = key.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon > 0 ? key[..colon] : string.Empty;
        return GraphLabels.All.FirstOrDefault(l => string.Equals(l, prefix, StringComparison.OrdinalIgnoreCase)) ?? "Unknown";
    }
}
