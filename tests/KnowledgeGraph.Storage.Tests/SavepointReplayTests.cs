using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// Articles of a group written under savepoints of several articles: an article that fails while being
/// written is rolled back alone, and the articles before it under the same savepoint are written again,
/// leaving the store exactly as if the failing article had never come.
/// </summary>
public sealed class SavepointReplayTests : StoreTestBase
{
    /// <summary>Articles sharing people (the writer's entity cache, merged aliases and pending mention counts all come into play).</summary>
    private static ArticleBuilder Good(int n)
    {
        var alias = n % 3 == 0 ? " В. Лунина поблагодарила коллег." : string.Empty;
        var text = $"Статья {n}: Вера Лунина встретилась с Олегом Ткачом в Костанае.{alias}";
        var article = new ArticleBuilder(text, $"a{n}.txt")
            .Entity("person:lunina-vera", "Вера Лунина", aliases: n % 3 == 0 ? ["В. Лунина"] : null, properties: ("role", n % 2 == 0 ? "министр" : "посол"))
            .Entity("person:tkach-oleg", "Олегом Ткачом")
            .Entity("city:kostanay", "Костанае", GraphLabels.City)
            .Rel(RelationshipTypes.MetWith, "person:lunina-vera", "person:tkach-oleg", "Вера Лунина встретилась с Олегом Ткачом", confidence: 0.5 + n / 100.0);
        return n % 2 == 0 ? article.Rel(RelationshipTypes.Visited, "person:lunina-vera", "city:kostanay", "Вера Лунина встретилась с Олегом Ткачом в Костанае") : article;
    }

    /// <summary>Passes the validator, then fails at its second relationship, after its article, entities and first relationship are written.</summary>
    private static ArticleBuilder Bad() => new ArticleBuilder("Плохая статья: Вера Лунина встретилась с Ниной Вербой в Костанае.", "bad.txt")
        .Entity("person:lunina-vera", "Вера Лунина", properties: ("born", "1970"))
        .Entity("person:verba-nina", "Ниной Вербой")
        .Entity("city:kostanay", "Костанае", GraphLabels.City)
        .Rel(RelationshipTypes.MetWith, "person:lunina-vera", "person:verba-nina", "Вера Лунина встретилась с Ниной Вербой")
        .Rel(RelationshipTypes.Visited, "person:verba-nina", "city:kostanay", properties: ("test", "fail here"));

    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 3)]
    [InlineData(3, 0)]
    [InlineData(3, 2)]
    [InlineData(3, 3)]
    [InlineData(3, 5)]
    [InlineData(32, 7)]
    public void A_failing_article_leaves_the_store_as_if_it_had_never_come(int savepointArticles, int failAt)
    {
        var tuning = new StoreTuning { SavepointArticles = savepointArticles };
        InjectFailure();
        List<SaveResult> withFailure;
        using (var store = GraphStore.Open(DbPath, tuning))
        {
            withFailure = Ingest(store, failAt);
        }

        List<SaveResult> clean;
        var cleanPath = Path.Combine(Dir, "clean.db");
        using (var store = GraphStore.Open(cleanPath, tuning))
        {
            clean = Ingest(store, null);
        }

        Assert.Equal(clean, withFailure);
        using var failed = GraphStore.OpenRead(DbPath);
        using var expected = GraphStore.OpenRead(cleanPath);
        Assert.False(failed.ContainsArticle(Bad().Key));
        Assert.Null(failed.Entity("person:verba-nina"));
        Assert.False(failed.Entity("person:lunina-vera")!.Properties.ContainsKey("born"));
        Assert.Equal(Snapshot(expected), Snapshot(failed));
        Assert.Equal("ok", failed.IntegrityCheck());
    }

    [Fact]
    public void Mentions_are_counted_in_the_entities_when_the_group_commits_and_not_before()
    {
        Save(Good(1));
        using var batch = Store.BeginBatch();
        for (var n = 2; n <= 5; n++)
        {
            batch.Save(Good(n).Source, Good(n).Build());
        }

        using (var reader = GraphStore.OpenRead(DbPath))
        {
            Assert.Equal(1, reader.Entity("person:tkach-oleg")!.MentionCount);
        }

        batch.Commit();
        using var after = GraphStore.OpenRead(DbPath);
        Assert.Equal(5, after.Entity("person:tkach-oleg")!.MentionCount);
        Assert.Equal(5, after.Counts().Articles);
    }

    [Fact]
    public void A_group_whose_articles_cannot_be_written_again_is_lost_whole_and_says_so()
    {
        var tuning = new StoreTuning { SavepointArticles = 3 };
        InjectFailure();
        using (var store = GraphStore.Open(DbPath, tuning))
        {
            using (var first = store.BeginBatch())
            {
                first.Save(Good(1).Source, Good(1).Build());
                first.Commit();
            }

            using (var lost = store.BeginBatch())
            {
                // Article 2 is written, then its graph is changed so that writing it again fails: when the bad article rolls
                // back to the savepoint, article 2 cannot be replayed, and the group can no longer vouch for what it holds.
                var second = Good(2).Build();
                lost.Save(Good(2).Source, second);
                second.Relationships.Add(new ArticleBuilder("x").Rel(RelationshipTypes.Visited, "person:tkach-oleg", "city:kostanay", properties: ("test", "fail here")).Build().Relationships[0]);
                Assert.ThrowsAny<Exception>(() => lost.Save(Bad().Source, Bad().Build()));
                Assert.Contains("lost", Assert.Throws<StoreException>(() => lost.Save(Good(3).Source, Good(3).Build())).Message, StringComparison.Ordinal);
                Assert.Throws<StoreException>(lost.Commit);
            }

            using (var next = store.BeginBatch())
            {
                next.Save(Good(4).Source, Good(4).Build());
                next.Commit();
            }
        }

        var cleanPath = Path.Combine(Dir, "clean.db");
        using (var store = GraphStore.Open(cleanPath, tuning))
        {
            foreach (var n in new[] { 1, 4 })
            {
                using var batch = store.BeginBatch();
                batch.Save(Good(n).Source, Good(n).Build());
                batch.Commit();
            }
        }

        using var failed = GraphStore.OpenRead(DbPath);
        using var expected = GraphStore.OpenRead(cleanPath);
        Assert.False(failed.ContainsArticle(Good(2).Key));
        Assert.False(failed.ContainsArticle(Good(3).Key));
        Assert.Equal(Snapshot(expected), Snapshot(failed));
        Assert.Equal(2, failed.Counts().Articles);
        Assert.Equal("ok", failed.IntegrityCheck());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void The_articles_under_one_savepoint_are_bounded(int articles)
    {
        var problem = Assert.Single(new StoreTuning { SavepointArticles = articles }.Problems());
        Assert.Contains("savepoint", problem, StringComparison.Ordinal);
    }

    /// <summary>Two groups: articles 1..6 with the bad one at <paramref name="failAt"/> (none when null), then 7..9 (the cache after the failure must still be right).</summary>
    private static List<SaveResult> Ingest(GraphStore store, int? failAt)
    {
        var results = new List<SaveResult>();
        using (var batch = store.BeginBatch())
        {
            for (var n = 1; n <= 6; n++)
            {
                if (failAt == n - 1)
                {
                    Assert.Contains("injected", Assert.ThrowsAny<Exception>(() => batch.Save(Bad().Source, Bad().Build())).Message, StringComparison.Ordinal);
                }

                results.Add(batch.Save(Good(n).Source, Good(n).Build()));
            }

            if (failAt >= 6)
            {
                Assert.ThrowsAny<Exception>(() => batch.Save(Bad().Source, Bad().Build()));
            }

            batch.Commit();
        }

        using (var batch = store.BeginBatch())
        {
            for (var n = 7; n <= 9; n++)
            {
                results.Add(batch.Save(Good(n).Source, Good(n).Build()));
            }

            batch.Commit();
        }

        return results;
    }
}
