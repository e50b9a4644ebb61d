namespace KnowledgeGraph.Neo4j.Tests.Support;

/// <summary>Invented articles for the sink tests.</summary>
internal static class Articles
{
    public const string Met = "Ерлан Карин встретился с Анной Петровой";
    public const string Heads = "Анна Петрова возглавляет Агентство развития";

    /// <summary>The texts the writer sends for <see cref="Meeting"/>: nodes by label, then relationships by type and end labels, in ordinal order; each exactly its template.</summary>
    public static readonly string[] MeetingTexts =
    [
        SinkScripts.NodeText(GraphLabels.Article),
        SinkScripts.NodeText(GraphLabels.Country),
        SinkScripts.NodeText(GraphLabels.Organization),
        SinkScripts.NodeText(GraphLabels.Person),
        SinkScripts.RelText(RelationshipTypes.HoldsPosition, GraphLabels.Person, GraphLabels.Organization),
        SinkScripts.RelText(RelationshipTypes.Mentions, GraphLabels.Article, GraphLabels.Country),
        SinkScripts.RelText(RelationshipTypes.Mentions, GraphLabels.Article, GraphLabels.Organization),
        SinkScripts.RelText(RelationshipTypes.Mentions, GraphLabels.Article, GraphLabels.Person),
        SinkScripts.RelText(RelationshipTypes.MetWith, GraphLabels.Person, GraphLabels.Person),
    ];

    /// <summary>Two people, an organization and a country; MENTIONS, MET_WITH and HOLDS_POSITION.</summary>
    public static ArticleBuilder Meeting(string suffix = "")
    {
        var text = $"АСТАНА. Министр Казахстана {Met} в Астане.\n{Heads} с 2024 года.{suffix}";
        var b = new ArticleBuilder(text, "meeting.txt")
            .Entity("person:erlan-karin", "Ерлан Карин", GraphLabels.Person, null, ("position", "министр"))
            .Entity("person:anna-petrova", "Анна Петрова", GraphLabels.Person, ["Анной Петровой"])
            .Entity("organization:agentstvo-razvitiya", "Агентство развития", GraphLabels.Organization)
            .Entity("country:kazakhstan", "Казахстан", GraphLabels.Country, ["Казахстана"]);
        b.Rel(RelationshipTypes.MetWith, "person:erlan-karin", "person:anna-petrova", Met, 0.9)
            .Rel(RelationshipTypes.HoldsPosition, "person:anna-petrova", "organization:agentstvo-razvitiya", Heads, 0.7, ("position", "глава"));
        foreach (var entity in new[] { "person:erlan-karin", "person:anna-petrova", "organization:agentstvo-razvitiya", "country:kazakhstan" })
        {
            b.Rel(RelationshipTypes.Mentions, b.Key, entity, null, 1.0);
        }

        return b;
    }

    /// <summary>A person-only graph, built by hand.</summary>
    public static GraphSnapshot People(int count) => new()
    {
        Entities = Enumerable.Range(1, count)
            .Select(i => new StoredEntity { Key = $"person:p{i}", Label = GraphLabels.Person, Name = $"Персона {i}" })
            .ToList(),
    };
}
