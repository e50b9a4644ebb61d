using KnowledgeGraph.Model;

namespace KnowledgeGraph.Model.Tests;

public class GraphLabelsTests
{
    [Fact]
    public void All_is_exactly_the_contract_list_in_order()
    {
        Assert.Equal(
            ["Person", "Organization", "Country", "City", "Location", "Event", "Work", "Article"],
            GraphLabels.All);
    }

    [Fact]
    public void Places_are_country_city_and_location()
    {
        Assert.Equal(new[] { "City", "Country", "Location" }, GraphLabels.Places.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Person", true)]
    [InlineData("Article", true)]
    [InlineData("person", false)]
    [InlineData("PERSON", false)]
    [InlineData(" Person", false)]
    [InlineData("Human", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsKnown_is_exact_and_case_sensitive(string? label, bool known)
    {
        Assert.Equal(known, GraphLabels.IsKnown(label));
    }

    [Fact]
    public void Require_returns_known_label_and_throws_on_unknown()
    {
        Assert.Equal("City", GraphLabels.Require("City"));
        var ex = Assert.Throws<GraphContractException>(() => GraphLabels.Require("Person) DETACH DELETE (x"));
        Assert.Contains("Person) DETACH DELETE (x", ex.Message, StringComparison.Ordinal);
        Assert.Throws<GraphContractException>(() => GraphLabels.Require(null));
    }
}

public class RelationshipTypesTests
{
    [Fact]
    public void All_is_exactly_the_contract_list()
    {
        Assert.Equal(
            [
                "MET_WITH", "PRAISED", "CRITICIZED", "VISITED", "PARTICIPATED_IN", "ORGANIZED", "HELD_IN", "AGREED_WITH",
                "HOLDS_POSITION", "MEMBER_OF", "AFFILIATED_WITH", "REPRESENTS", "AUTHORED", "LOCATED_IN", "PART_OF", "MENTIONS",
            ],
            RelationshipTypes.All);
        Assert.Equal(RelationshipTypes.All.Count, RelationshipTypes.All.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Only_met_with_and_agreed_with_are_symmetric()
    {
        Assert.Equal(new[] { "AGREED_WITH", "MET_WITH" }, RelationshipTypes.Symmetric.Order(StringComparer.Ordinal));
        Assert.All(RelationshipTypes.Symmetric, t => Assert.True(RelationshipTypes.IsKnown(t)));
    }

    [Theory]
    [InlineData("MET_WITH", true)]
    [InlineData("met_with", false)]
    [InlineData("MET-WITH", false)]
    [InlineData("KNOWS", false)]
    [InlineData("Person", false)]
    [InlineData(null, false)]
    public void IsKnown_is_exact(string? type, bool known)
    {
        Assert.Equal(known, RelationshipTypes.IsKnown(type));
    }

    [Fact]
    public void Require_throws_on_unknown()
    {
        Assert.Equal("VISITED", RelationshipTypes.Require("VISITED"));
        Assert.Throws<GraphContractException>(() => RelationshipTypes.Require("LIKES"));
        Assert.Throws<GraphContractException>(() => RelationshipTypes.Require(null));
    }

    [Fact]
    public void Labels_and_types_do_not_overlap()
    {
        Assert.Empty(GraphLabels.All.Intersect(RelationshipTypes.All, StringComparer.Ordinal));
    }
}
