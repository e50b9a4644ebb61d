namespace KnowledgeGraph.Bolt.PackStream;

/// <summary>Rebuilds a <see cref="Path"/> from the unique nodes, unique relationships and index sequence of a path structure.</summary>
internal static class PathBuilder
{
    public static Path Build(List<Node> nodes, List<UnboundRelationship> relationships, List<long> indices)
    {
        if (nodes.Count == 0 || indices.Count % 2 != 0)
        {
            throw new PackStreamException("Malformed path structure: no nodes, or an odd number of indices.");
        }

        var pathNodes = new List<Node>(indices.Count / 2 + 1) { nodes[0] };
        var pathRelationships = new List<Relationship>(indices.Count / 2);
        var previous = nodes[0];
        for (var i = 0; i < indices.Count; i += 2)
        {
            var relationshipIndex = indices[i];
            var next = nodes[CheckIndex(indices[i + 1], nodes.Count)];
            var forward = relationshipIndex > 0;
            var unbound = relationships[CheckIndex(Math.Abs(relationshipIndex) - 1, relationships.Count)];
            var (start, end) = forward ? (previous, next) : (next, previous);
            pathRelationships.Add(new Relationship(
                unbound.Id, start.Id, end.Id, unbound.Type, unbound.Properties,
                unbound.ElementId, start.ElementId, end.ElementId));
            pathNodes.Add(next);
            previous = next;
        }

        return new Path(pathNodes, pathRelationships);
    }

    private static int CheckIndex(long index, int count) =>
        index >= 0 && index < count ? (int)index : throw new PackStreamException($"Path index {index} is out of range (0..{count - 1}).");
}
