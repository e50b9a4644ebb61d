using KnowledgeGraph.Extraction.Resolution;

namespace KnowledgeGraph.Extraction.Tests.Resolution;

/// <summary>The tally answers what grouping, ordering by count (a stable sort) and taking the first answered.</summary>
public class TallyTests
{
    private static string? ByGrouping(IEnumerable<string> keys) =>
        keys.GroupBy(k => k, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    [Theory]
    [InlineData("", null)]
    [InlineData("Иванов", "Иванов")]
    [InlineData("Иванов Иванова Иванова", "Иванова")]
    [InlineData("Иванов Иванова", "Иванов")] // a tie goes to the first seen
    [InlineData("Б А А Б", "Б")]
    [InlineData("Б А А Б В В В", "В")]
    public void The_most_counted_key_the_first_seen_on_a_tie(string keys, string? expected)
    {
        var tally = new Tally();
        foreach (var k in keys.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            tally.Add(k);
        }

        Assert.Equal(expected, tally.Most());
    }

    [Fact]
    public void Agrees_with_grouping_on_many_random_sequences()
    {
        var random = new Random(13);
        for (var run = 0; run < 500; run++)
        {
            var keys = Enumerable.Range(0, random.Next(0, 12)).Select(_ => ((char)('а' + random.Next(0, 4))).ToString()).ToList();
            var tally = new Tally();
            keys.ForEach(tally.Add);
            Assert.Equal(ByGrouping(keys), tally.Most());
            Assert.Equal(keys.Distinct().Count(), tally.Count);
            Assert.All(keys, k => Assert.True(tally.Contains(k)));
            Assert.False(tally.Contains("я"));
        }
    }
}
