using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Tests.Relations;

/// <summary>
/// The descriptor index answers what a pass over every organisation mention answered: the latest lower-case
/// mention before a place whose first word is a case form of the word (a common part of four letters or more,
/// endings of at most two), the first in the document's order on a tie.
/// </summary>
public class DescriptorIndexTests
{
    private static readonly Entity Dawn = Org("Заря", (10, "партия «Заря»"), (200, "партии"));
    private static readonly Entity Sunrise = Org("Рассвет", (50, "партии «Рассвет»"), (90, "Партия «Рассвет»"));
    private static readonly Entity Nordhaus = Org("Nordhaus", (70, "концерна Nordhaus"), (120, "концерн"));
    private static readonly Entity Twin = Org("Близнец", (120, "концерна «Близнец»"));

    [Theory]
    [InlineData("партию", 60, "Заря|Рассвет", "Рассвет")]
    [InlineData("партия", 40, "Заря|Рассвет", "Заря")]
    [InlineData("партии", 50, "Заря|Рассвет", "Заря")]       // before, not at
    [InlineData("партии", 150, "Заря|Рассвет", "Рассвет")]   // «Партия» with a capital is a name, not a descriptor
    [InlineData("парт", 300, "Заря|Рассвет", "Заря")]
    [InlineData("партнер", 300, "Заря|Рассвет", null)]       // a common part of four, an ending of three
    [InlineData("партиями", 300, "Заря|Рассвет", "Заря")]
    [InlineData("пар", 300, "Заря|Рассвет", null)]
    [InlineData("концерну", 130, "Nordhaus|Близнец", "Nordhaus")]   // two at 120: the first in the document's order
    [InlineData("концерну", 130, "Близнец|Nordhaus", "Близнец")]
    [InlineData("концерна", 100, "Nordhaus|Близнец", "Nordhaus")]
    [InlineData("концепции", 300, "Nordhaus|Близнец", null)]
    public void Finds_the_latest_body_introduced_with_a_case_form_of_the_word(string word, int before, string order, string? expected)
    {
        var all = new[] { Dawn, Sunrise, Nordhaus, Twin };
        var entities = order.Split('|').Select(n => all.Single(e => e.Name == n));
        Assert.Equal(expected, new DescriptorIndex(entities).LatestBefore(word, before)?.Name);
    }

    private static Entity Org(string name, params (int Start, string Text)[] mentions)
    {
        var e = new Entity { Key = EntityKeys.For(GraphLabels.Organization, name), Label = GraphLabels.Organization, Name = name };
        foreach (var (start, text) in mentions)
        {
            e.Mentions.Add(new TextSpan(start, start + text.Length, text));
        }

        return e;
    }
}
