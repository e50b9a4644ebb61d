namespace KnowledgeGraph.Morphology.Tests;

public class ReadingCacheTests
{
    [Theory]
    [InlineData("Москвы", "москвы", "МОСКВЫ")]
    [InlineData("ёлки", "елки", "ЁЛКИ")]
    [InlineData("Ткачук", "ткачук", "ТКАЧУК")]
    public void Every_spelling_of_a_word_gets_the_readings_of_a_fresh_look_up(params string[] spellings)
    {
        var fresh = MorphAnalyzer.Load(Path.Combine(MorphologyLocator.FindDefault(), MorphologyData.FileName));
        var expected = Describe(fresh.Parse(spellings[0]));
        var expectedKnown = Describe(fresh.ParseKnown(spellings[0]));
        foreach (var spelling in spellings.Concat(spellings))
        {
            Assert.Equal(expected, Describe(Analyzer.Shared.Parse(spelling)));
            Assert.Equal(expectedKnown, Describe(Analyzer.Shared.ParseKnown(spelling)));
        }
    }

    [Fact]
    public void A_word_seen_before_is_not_looked_up_again_until_the_cache_starts_afresh()
    {
        var lookUps = new List<string>();
        var cache = new ReadingCache(w =>
        {
            lookUps.Add(w);
            return [];
        });

        cache.Get("москва");
        cache.Get("москва");
        Assert.Equal(["москва"], lookUps);

        for (var i = 0; i < ReadingCache.Limit; i++)
        {
            cache.Get("слово" + i);
        }

        cache.Get("москва");
        Assert.Equal(ReadingCache.Limit + 2, lookUps.Count);
    }

    private static string Describe(IReadOnlyList<Reading> readings) =>
        string.Join("; ", readings.Select(r => $"{r.Word} {r.Lemma} {r.Tag} {r.Score:R} {r.IsGuess}"));
}
