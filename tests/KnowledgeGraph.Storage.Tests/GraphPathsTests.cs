using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Storage.Tests;

public sealed class GraphPathsTests
{
    private static StoredRelationship R(string type, string a, string b) => new() { Type = type, Start = a, End = b };

    private static readonly StoredRelationship[] Graph =
    [
        R("MET_WITH", "p:a", "p:b"),
        R("MET_WITH", "p:b", "p:d"),
        R("PRAISED", "p:c", "p:a"),
        R("HOLDS_POSITION", "p:c", "p:d"),
        R("MEMBER_OF", "p:d", "o:e"),
        R("MENTIONS", "article:sha256:1", "p:a"),
        R("MENTIONS", "article:sha256:1", "o:e"),
    ];

    [Fact]
    public void Every_shortest_chain_is_found_in_either_direction()
    {
        var paths = GraphPaths.Shortest(Graph, "p:a", "p:d");
        Assert.Equal(2, paths.Count);
        Assert.All(paths, p => Assert.Equal(2, p.Count));
        var viaB = paths.Single(p => p[0].Relationship.End == "p:b");
        Assert.True(viaB[0].Forward);
        var viaC = paths.Single(p => p[0].Relationship.Start == "p:c");
        Assert.False(viaC[0].Forward); // PRAISED c->a followed backwards
    }

    [Fact]
    public void Mentions_are_not_followed()
    {
        var paths = GraphPaths.Shortest(Graph, "p:a", "o:e");
        Assert.All(paths, p => Assert.DoesNotContain(p, s => s.Relationship.Type == RelationshipTypes.Mentions));
        Assert.All(paths, p => Assert.Equal(3, p.Count));
    }

    [Fact]
    public void Nothing_beyond_the_hop_limit_and_nothing_for_unknown_or_equal_ends()
    {
        Assert.Empty(GraphPaths.Shortest(Graph, "p:a", "o:e", maxHops: 2));
        Assert.Empty(GraphPaths.Shortest(Graph, "p:a", "p:zzz"));
        Assert.Empty(GraphPaths.Shortest(Graph, "p:a", "p:a"));
    }

    [Fact]
    public void The_number_of_paths_is_capped()
    {
        var fan = Enumerable.Range(0, 50).SelectMany(i => new[] { R("MET_WITH", "x", "m" + i), R("MET_WITH", "m" + i, "y") }).ToArray();
        Assert.Equal(10, GraphPaths.Shortest(fan, "x", "y").Count);
        Assert.Equal(3, GraphPaths.Shortest(fan, "x", "y", maxPaths: 3).Count);
    }
}
