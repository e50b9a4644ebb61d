using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>One step of a path: the relationship and whether it was followed along its direction.</summary>
public sealed record PathStep(StoredRelationship Relationship, bool Forward);

/// <summary>
/// Shortest chains of relationships between two entities, over the whole graph, in either
/// direction; MENTIONS is not followed, so two entities are not linked merely by one article.
/// </summary>
public static class GraphPaths
{
    public static IReadOnlyList<IReadOnlyList<PathStep>> Shortest(IReadOnlyList<StoredRelationship> relationships, string from, string to, int maxHops = 6, int maxPaths = 10)
    {
        var adjacent = new Dictionary<string, List<PathStep>>(StringComparer.Ordinal);
        foreach (var r in relationships.Where(r => r.Type != RelationshipTypes.Mentions))
        {
            Add(adjacent, r.Start, new PathStep(r, true));
            Add(adjacent, r.End, new PathStep(r, false));
        }

        // Breadth-first from 'from', keeping every predecessor step on a shortest route.
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { [from] = 0 };
        var parents = new Dictionary<string, List<(string Node, PathStep Step)>>(StringComparer.Ordinal);
        var frontier = new List<string> { from };
        for (var d = 0; d < maxHops && frontier.Count > 0 && !depth.ContainsKey(to); d++)
        {
            var next = new List<string>();
            foreach (var node in frontier)
            {
                foreach (var step in adjacent.GetValueOrDefault(node) ?? [])
                {
                    var other = step.Forward ? step.Relationship.End : step.Relationship.Start;
                    if (!depth.TryGetValue(other, out var seen))
                    {
                        depth[other] = d + 1;
                        next.Add(other);
                        seen = d + 1;
                    }

                    if (seen == d + 1)
                    {
                        (parents.TryGetValue(other, out var list) ? list : parents[other] = []).Add((node, step));
                    }
                }
            }

            frontier = next;
        }

        var paths = new List<IReadOnlyList<PathStep>>();
        if (from != to && depth.ContainsKey(to))
        {
            Unwind(to, from, parents, [], paths, maxPaths);
        }

        return paths;
    }

    private static void Unwind(string node, string from, Dictionary<string, List<(string Node, PathStep Step)>> parents, List<PathStep> suffix, List<IReadOnlyList<PathStep>> paths, int maxPaths)
    {
        if (paths.Count >= maxPaths)
        {
            return;
        }

        if (node == from)
        {
            paths.Add(suffix.AsEnumerable().Reverse().ToList());
            return;
        }

        foreach (var (parent, step) in parents.GetValueOrDefault(node) ?? [])
        {
            suffix.Add(step);
            Unwind(parent, from, parents, suffix, paths, maxPaths);
            suffix.RemoveAt(suffix.Count - 1);
        }
    }

    private static void Add(Dictionary<string, List<PathStep>> d, string key, PathStep step) =>
        (d.TryGetValue(key, out var list) ? list : d[key] = []).Add(step);
}
