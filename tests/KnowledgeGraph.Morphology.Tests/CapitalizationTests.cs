namespace KnowledgeGraph.Morphology.Tests;

public class CapitalizationTests
{
    [Theory]
    [InlineData("ковальская", "Ковальской", "Ковальская")]
    [InlineData("ковальская", "КОВАЛЬСКОЙ", "КОВАЛЬСКАЯ")]
    [InlineData("нью-йорк", "Нью-Йорке", "Нью-Йорк")]
    [InlineData("ростов-на-дону", "Ростове-на-Дону", "Ростов-на-Дону")]
    [InlineData("посол", "посла", "посол")]
    public void Takes_the_capitalisation_of_the_model(string form, string model, string expected) =>
        Assert.Equal(expected, Capitalization.Like(form, model));
}
