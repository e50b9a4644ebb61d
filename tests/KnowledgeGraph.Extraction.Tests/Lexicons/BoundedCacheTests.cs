namespace KnowledgeGraph.Extraction.Tests.Lexicons;

/// <summary>The process's caches keep what they are given, find it again, and start afresh past their limit (counted as they keep, also from many threads).</summary>
public class BoundedCacheTests
{
    [Fact]
    public void Keeps_and_finds_until_the_limit_then_starts_afresh()
    {
        var cache = new BoundedCache<string, int>(3, StringComparer.Ordinal);
        Assert.False(cache.TryGetValue("а", out _));
        Assert.Equal(1, cache.Keep("а", 1));
        cache.Keep("б", 2);
        cache.Keep("в", 3);
        Assert.True(cache.TryGetValue("а", out var a) && a == 1);
        Assert.Equal(3, cache.Count);

        // the fourth empties it first: only the newest is held
        cache.Keep("г", 4);
        Assert.Equal(1, cache.Count);
        Assert.False(cache.TryGetValue("а", out _));
        Assert.True(cache.TryGetValue("г", out var g) && g == 4);
    }

    [Fact]
    public void Never_holds_more_than_its_limit_when_threads_keep_at_once()
    {
        var cache = new BoundedCache<int, int>(100);
        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => cache.Keep(i, i));
        Assert.InRange(cache.Count, 1, cache.Limit + 4);
    }
}
