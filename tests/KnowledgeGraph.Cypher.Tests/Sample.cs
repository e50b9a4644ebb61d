using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cypher.Tests;

/// <summary>An invented graph as the store would give it.</summary>
internal static class Sample
{
    public const string ArticleKey = "article:sha256:0123abcd";

    public static GraphSnapshot Graph(int people = 3, string hostile = "обычный текст")
    {
        var graph = new GraphSnapshot
        {
            Articles =
            {
                new StoredArticle(ArticleKey, "Встреча в Уральске: " + hostile, "Вестник", null, "2024-06-01", null, "ru", "in/a.txt", "2024-06-02T10:00:00Z"),
            },
        };
        for (var i = 0; i < people; i++)
        {
            graph.Entities.Add(new StoredEntity
            {
                Key = $"person:p{i}",
                Label = GraphLabels.Person,
                Name = $"Человек {i} {hostile}",
                Aliases = [$"Ч.{i}", hostile],
                Properties = { ["position"] = hostile, ["age"] = 40L + i, ["score"] = 0.5 },
                MentionCount = i + 1,
            });
        }

        graph.Entities.Add(new StoredEntity { Key = "city:uralsk", Label = GraphLabels.City, Name = "Уральск" });
        graph.Entities.Add(new StoredEntity { Key = "organization:klub", Label = GraphLabels.Organization, Name = "Клуб «" + hostile + "»" });
        graph.Relationships.Add(Rel(RelationshipTypes.MetWith, "person:p0", "person:p1", "Они встретились: " + hostile, "Снова встретились."));
        graph.Relationships.Add(Rel(RelationshipTypes.Visited, "person:p0", "city:uralsk", hostile));
        graph.Relationships.Add(Rel(RelationshipTypes.MemberOf, "person:p1", "organization:klub", "Состоит в клубе."));
        graph.Relationships.Add(Rel(RelationshipTypes.LocatedIn, "organization:klub", "city:uralsk", "Клуб в Уральске."));
        graph.Relationships.Add(Rel(RelationshipTypes.Mentions, ArticleKey, "person:p0"));
        graph.Relationships.Add(Rel(RelationshipTypes.Mentions, ArticleKey, "city:uralsk"));
        return graph;
    }

    private static StoredRelationship Rel(string type, string start, string end, params string[] evidence)
    {
        var r = new StoredRelationship { Type = type, Start = start, End = end, Properties = { ["confidence"] = 0.7 } };
        foreach (var (text, i) in evidence.Select((t, i) => (t, i)))
        {
            r.Evidence.Add(new StoredEvidence(ArticleKey, i * 10, (i * 10) + text.Length, text, 0.7));
        }

        return r;
    }
}
