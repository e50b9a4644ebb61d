using KnowledgeGraph.Feeds.Http;

namespace KnowledgeGraph.Feeds.Tests.Http;

public sealed class RobotsRulesTests
{
    private const string Robots = """
        # comment
        User-agent: SomeBot
        Disallow: /

        User-agent: *
        Disallow: /private/
        Allow: /private/open
        Disallow: /*.pdf$
        Disallow: /search?

        """;

    [Theory]
    [InlineData("/news/1", true)]
    [InlineData("/private/x", false)]
    [InlineData("/private/open/1", true)]
    [InlineData("/files/a.pdf", false)]
    [InlineData("/files/a.pdf?x=1", true)]
    [InlineData("/search?q=1", false)]
    [InlineData("/searching", true)]
    public void The_star_group_applies_longest_match_wins(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(Robots, "kg").Allows(path));

    [Fact]
    public void A_group_naming_kg_replaces_the_star_group()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /\n\nUser-agent: kg\nUser-agent: other\nDisallow: /tmp/\n", "kg");
        Assert.True(rules.Allows("/news/1"));
        Assert.False(rules.Allows("/tmp/1"));
    }

    [Fact]
    public void Empty_disallow_and_empty_file_allow_everything()
    {
        Assert.True(RobotsRules.Parse("User-agent: *\nDisallow:\n", "kg").Allows("/a"));
        Assert.True(RobotsRules.Parse("", "kg").Allows("/a"));
        Assert.False(RobotsRules.DisallowAll.Allows("/a"));
    }
}
