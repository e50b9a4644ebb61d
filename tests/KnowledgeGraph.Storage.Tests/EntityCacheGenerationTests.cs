using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// The writer's entity cache in two generations: an entity met again survives the turn of a generation
/// (the old cache dropped everything at its limit, so every entity was read and given its aliases again),
/// one not met for two turns is forgotten, it never holds more than its limit, and what it forgets or keeps
/// never changes what the store holds.
/// </summary>
public sealed class EntityCacheGenerationTests : StoreTestBase
{
    private static EntityCache.Known Entry() => new(null);

    [Fact]
    public void An_entity_met_in_every_generation_stays_known_and_one_left_alone_is_forgotten()
    {
        var cache = new EntityCache(4); // generations of 2
        cache.Remember("hub", Entry());
        cache.Remember("a", Entry());
        for (var n = 0; n < 20; n++)
        {
            Assert.True(cache.TryGet("hub", out _), $"hub forgotten at {n}");
            cache.Remember($"tail{n}", Entry());
            Assert.InRange(cache.Count, 1, 4);
        }

        Assert.False(cache.TryGet("a", out _));
        Assert.False(cache.TryGet("tail0", out _));
        Assert.True(cache.TryGet("tail19", out _));
    }

    [Fact]
    public void The_same_entry_is_given_back_after_it_moves_to_the_newer_generation()
    {
        var cache = new EntityCache(2); // generations of 1
        var hub = cache.Remember("hub", Entry());
        hub.Aliases.Add("Хаб");
        cache.Remember("other", Entry()); // hub goes to the older generation
        Assert.True(cache.TryGet("hub", out var again));
        Assert.Same(hub, again);
        Assert.Equal(["Хаб"], again.Aliases);
    }

    [Fact]
    public void A_rolled_back_group_forgets_both_generations()
    {
        var cache = new EntityCache(4);
        cache.Remember("old", Entry());
        cache.Remember("x", Entry());
        cache.Remember("new", Entry()); // old and x are the older generation
        cache.Clear();
        Assert.False(cache.TryGet("old", out _));
        Assert.False(cache.TryGet("x", out _));
        Assert.False(cache.TryGet("new", out _));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void With_no_room_nothing_is_remembered()
    {
        var cache = new EntityCache(0);
        cache.Remember("a", Entry());
        Assert.False(cache.TryGet("a", out _));
        Assert.Equal(0, cache.Count);
    }

    /// <summary>Sixty articles over four groups, each about one of a few people and a place, with aliases and properties that grow.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void The_store_holds_the_same_whatever_the_cache_keeps(int cachedEntities)
    {
        var small = Path.Combine(Dir, $"small{cachedEntities}.db");
        var none = Path.Combine(Dir, "none.db");
        var large = Path.Combine(Dir, "large.db");
        var results = new List<List<SaveResult>>();
        foreach (var (path, limit) in new[] { (small, cachedEntities), (none, 0), (large, 10_000) })
        {
            using var store = GraphStore.Open(path, new StoreTuning { CachedEntities = limit });
            results.Add(IngestSixty(store));
        }

        Assert.Equal(results[1], results[0]);
        Assert.Equal(results[1], results[2]);
        using var a = GraphStore.OpenRead(small);
        using var b = GraphStore.OpenRead(none);
        using var c = GraphStore.OpenRead(large);
        Assert.Equal(Snapshot(b), Snapshot(a));
        Assert.Equal(Snapshot(b), Snapshot(c));
        Assert.Equal(60, a.Counts().Articles);
    }

    private static List<SaveResult> IngestSixty(GraphStore store)
    {
        string[] people = ["person:lunina-vera", "person:tkach-oleg", "person:verba-nina", "person:sokol-ilya", "person:dubko-yan"];
        string[] names = ["Вера Лунина", "Олег Ткач", "Нина Верба", "Илья Сокол", "Ян Дубко"];
        var results = new List<SaveResult>();
        for (var g = 0; g < 4; g++)
        {
            using var batch = store.BeginBatch();
            for (var i = 0; i < 15; i++)
            {
                var n = g * 15 + i;
                var p = (n * 3 + n / 7) % people.Length;
                var alias = $"{names[p][0]}. {names[p].Split(' ')[1]}";
                var text = $"Статья {n}: {names[p]} приехала в Костанай. {alias} выступил{(n % 2 == 0 ? "а" : string.Empty)} на форуме.";
                var article = new ArticleBuilder(text, $"a{n}.txt")
                    .Entity(people[p], names[p], aliases: n % 4 == 0 ? [alias] : null, properties: ("note" + (n % 5), $"n{n}"))
                    .Entity("city:kostanay", "Костанай", GraphLabels.City)
                    .Rel(RelationshipTypes.Visited, people[p], "city:kostanay", $"{names[p]} приехала в Костанай", confidence: 0.5 + n % 4 / 10.0);
                results.Add(batch.Save(article.Source, article.Build()));
            }

            batch.Commit();
        }

        return results;
    }
}
