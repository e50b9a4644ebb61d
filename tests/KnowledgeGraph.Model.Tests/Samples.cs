using KnowledgeGraph.Model;

namespace KnowledgeGraph.Model.Tests;

/// <summary>A small invented article and its graph, shared by the tests.</summary>
internal static class Samples
{
    public const string Text = "Министр Арман Тулегенов встретился с послом Ириной Белых.\nОни обсудили выставку «Степь и город».";

    public static GraphDocument Document()
    {
        var key = ArticleKeys.FromText(Text);
        return new GraphDocument
        {
            Article = new ArticleInfo { Key = key, Title = "Министр встретился с послом", Source = "Вестник", Path = "articles/a.txt" },
            Entities =
            {
                new Entity
                {
                    Key = "person:tulegenov-arman",
                    Label = GraphLabels.Person,
                    Name = "Арман Тулегенов",
                    Aliases = { "А.Тулегенов" },
                    Properties = { ["position"] = "министр" },
                    Mentions = { TextSpan.Of(Text, 8, 23) },
                },
                new Entity
                {
                    Key = "person:belykh-irina",
                    Label = GraphLabels.Person,
                    Name = "Ирина Белых",
                    Mentions = { TextSpan.Of(Text, 44, 56) },
                },
            },
            Relationships =
            {
                new Relationship
                {
                    Type = RelationshipTypes.MetWith,
                    Start = "person:tulegenov-arman",
                    End = "person:belykh-irina",
                    Properties = { ["confidence"] = 0.75 },
                    Evidence = TextSpan.Of(Text, 0, 57),
                },
                new Relationship { Type = RelationshipTypes.Mentions, Start = key, End = "person:belykh-irina" },
            },
        };
    }
}
