using KnowledgeGraph.Model;

namespace KnowledgeGraph.Model.Tests;

public class RelationshipTests
{
    private static Relationship Rel(string type, string start, string end) => new() { Type = type, Start = start, End = end };

    [Theory]
    [InlineData(RelationshipTypes.MetWith)]
    [InlineData(RelationshipTypes.AgreedWith)]
    public void Symmetric_types_have_the_same_identity_both_ways(string type)
    {
        var ab = Rel(type, "person:a", "person:b").Identity;
        var ba = Rel(type, "person:b", "person:a").Identity;
        Assert.Equal(ab, ba);
        Assert.Equal((type, "person:a", "person:b"), ba);
    }

    [Theory]
    [InlineData(RelationshipTypes.Praised)]
    [InlineData(RelationshipTypes.Visited)]
    [InlineData(RelationshipTypes.Mentions)]
    public void Directed_types_keep_their_direction(string type)
    {
        Assert.Equal((type, "person:b", "person:a"), Rel(type, "person:b", "person:a").Identity);
        Assert.NotEqual(Rel(type, "person:a", "person:b").Identity, Rel(type, "person:b", "person:a").Identity);
    }

    [Fact]
    public void Identity_order_is_ordinal_not_cultural()
    {
        // Ordinal: 'Z' (0x5A) < 'a' (0x61); a culture-aware comparison would put "a" first.
        Assert.Equal((RelationshipTypes.MetWith, "person:Z", "person:a"), Rel(RelationshipTypes.MetWith, "person:a", "person:Z").Identity);
    }

    [Fact]
    public void Identity_differs_by_type()
    {
        Assert.NotEqual(Rel(RelationshipTypes.MetWith, "a", "b").Identity, Rel(RelationshipTypes.AgreedWith, "a", "b").Identity);
    }
}
