using KnowledgeGraph.Model;

namespace KnowledgeGraph.Model.Tests;

public sealed class GraphValidatorArticleLinkTests
{
    private const string Text = "Иван Петров посетил Астану.";

    private static GraphDocument Doc(params Relationship[] relationships)
    {
        var article = new ArticleInfo { Key = ArticleKeys.FromText(Text), Title = Text };
        return new GraphDocument
        {
            Article = article,
            Entities =
            [
                new Entity { Key = "person:petrov-i", Label = GraphLabels.Person, Name = "Иван Петров", Mentions = [TextSpan.Of(Text, 0, 11)] },
                new Entity { Key = "city:astana", Label = GraphLabels.City, Name = "Астана", Mentions = [TextSpan.Of(Text, 20, 26)] },
            ],
            Relationships = [.. relationships],
        };
    }

    private static Relationship R(string type, string start, string end, object? confidence = null)
    {
        var r = new Relationship { Type = type, Start = start, End = end };
        if (confidence is not null)
        {
            r.Properties["confidence"] = confidence;
        }

        return r;
    }

    [Fact]
    public void Mentions_from_the_article_and_other_types_between_entities_are_fine()
    {
        var key = ArticleKeys.FromText(Text);
        Assert.Empty(GraphValidator.Check(Doc(R("MENTIONS", key, "person:petrov-i"), R("VISITED", "person:petrov-i", "city:astana", 0.8)), Text));
    }

    [Theory]
    [InlineData("MENTIONS", "person:petrov-i", "city:astana")]
    [InlineData("VISITED", "ARTICLE", "city:astana")]
    [InlineData("VISITED", "person:petrov-i", "ARTICLE")]
    [InlineData("MENTIONS", "ARTICLE", "ARTICLE")]
    public void Only_mentions_links_the_article_and_only_to_an_entity(string type, string start, string end)
    {
        var key = ArticleKeys.FromText(Text);
        var problems = GraphValidator.Check(Doc(R(type, start == "ARTICLE" ? key : start, end == "ARTICLE" ? key : end)), Text);
        Assert.Contains(problems, p => p.Contains("only MENTIONS links the article", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("высокая")]
    [InlineData(1.5)]
    [InlineData(-0.1)]
    public void Confidence_must_be_a_number_from_0_to_1(object confidence)
    {
        var problems = GraphValidator.Check(Doc(R("VISITED", "person:petrov-i", "city:astana", confidence)), Text);
        Assert.Contains(problems, p => p.Contains("confidence must be a number", StringComparison.Ordinal));
    }
}
