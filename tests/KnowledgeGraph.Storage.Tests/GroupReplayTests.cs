using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// An article that fails while being written rolls its group back, and the group writes the articles it had
/// kept again (their graphs as kept, or made again when the group was given a way to): the store is exactly
/// as if the failing article had never come.
/// </summary>
public sealed class GroupReplayTests : StoreTestBase
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
    [InlineData(false, 0)]
    [InlineData(false, 1)]
    [InlineData(false, 3)]
    [InlineData(false, 6)]
    [InlineData(true, 0)]
    [InlineData(true, 2)]
    [InlineData(true, 5)]
    [InlineData(true, 6)]
    public void A_failing_article_leaves_the_store_as_if_it_had_never_come(bool graphsMadeAgain, int failAt)
    {
        InjectFailure();
        var madeAgain = new List<string>();
        Func<SourceArticle, GraphDocument>? graphAgain = graphsMadeAgain ? GraphOf(madeAgain) : null;
        List<SaveResult> withFailure;
        using (var store = GraphStore.Open(DbPath))
        {
            withFailure = Ingest(store, failAt, graphAgain);
        }

        List<SaveResult> clean;
        var cleanPath = Path.Combine(Dir, "clean.db");
        using (var store = GraphStore.Open(cleanPath))
        {
            clean = Ingest(store, null, null);
        }

        Assert.Equal(clean, withFailure);

        // Only the articles the group had written before the failing one are made again, each once.
        Assert.Equal(graphsMadeAgain ? Enumerable.Range(1, Math.Min(failAt, 6)).Select(n => Good(n).Key) : [], madeAgain);
        using var failed = GraphStore.OpenRead(DbPath);
        using var expected = GraphStore.OpenRead(cleanPath);
        Assert.False(failed.ContainsArticle(Bad().Key));
        Assert.Null(failed.Entity("person:verba-nina"));
        Assert.False(failed.Entity("person:lunina-vera")!.Properties.ContainsKey("born"));
        Assert.Equal(Snapshot(expected), Snapshot(failed));
        Assert.Equal("ok", failed.IntegrityCheck());
    }

    [Fact]
    public void A_group_given_a_way_to_make_graphs_again_writes_the_graph_made_again_not_the_one_it_was_given()
    {
        InjectFailure();
        var madeAgain = new List<string>();
        using (var batch = Store.BeginBatch(GraphOf(madeAgain)))
        {
            // The graph given for article 1 is changed after it was written; made again, it is as built.
            var first = Good(1).Build();
            batch.Save(Good(1).Source, first);
            first.Entities.Clear();
            first.Relationships.Clear();
            Assert.ThrowsAny<Exception>(() => batch.Save(Bad().Source, Bad().Build()));
            batch.Save(Good(2).Source, Good(2).Build());
            batch.Commit();
        }

        Assert.Equal([Good(1).Key], madeAgain);
        Assert.NotNull(Store.Entity("person:tkach-oleg"));
        Assert.Equal(2, Store.Entity("person:tkach-oleg")!.MentionCount);
        Assert.Equal(2, Store.Counts().Articles);
        Assert.Equal("ok", Store.IntegrityCheck());
    }

    [Fact]
    public void An_article_found_already_stored_is_not_written_again()
    {
        Save(Good(1));
        InjectFailure();
        var madeAgain = new List<string>();
        using (var batch = Store.BeginBatch(GraphOf(madeAgain)))
        {
            Assert.True(batch.Save(Good(1).Source, Good(1).Build()).AlreadyStored);
            batch.Save(Good(2).Source, Good(2).Build());
            Assert.Equal(1, batch.Count);
            Assert.ThrowsAny<Exception>(() => batch.Save(Bad().Source, Bad().Build()));
            Assert.Equal(1, batch.Count);
            batch.Commit();
        }

        Assert.Equal([Good(2).Key], madeAgain);
        Assert.Equal(2, Store.Counts().Articles);
        Assert.Equal(2, Store.Entity("person:lunina-vera")!.MentionCount);
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
        InjectFailure();
        using (var store = GraphStore.Open(DbPath))
        {
            using (var first = store.BeginBatch())
            {
                first.Save(Good(1).Source, Good(1).Build());
                first.Commit();
            }

            using (var lost = store.BeginBatch())
            {
                // Article 2 is written, then its graph is changed so that writing it again fails: when the bad article rolls
                // the group back, article 2 cannot be written again, and the group can no longer vouch for what it holds.
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
        using (var store = GraphStore.Open(cleanPath))
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

    [Fact]
    public void A_group_whose_graphs_cannot_be_made_again_is_lost_whole_and_says_so()
    {
        InjectFailure();
        using (var lost = Store.BeginBatch(_ => throw new InvalidOperationException("no extractor")))
        {
            lost.Save(Good(1).Source, Good(1).Build());
            Assert.Contains("no extractor", Assert.ThrowsAny<Exception>(() => lost.Save(Bad().Source, Bad().Build())).Message, StringComparison.Ordinal);
            Assert.Contains("no extractor", Assert.Throws<StoreException>(lost.Commit).Message, StringComparison.Ordinal);
        }

        Assert.Equal(0, Store.Counts().Articles);
        Save(Good(2));
        Assert.Equal(1, Store.Counts().Articles);
        Assert.Equal(1, Store.Entity("person:tkach-oleg")!.MentionCount);
        Assert.Equal("ok", Store.IntegrityCheck());
    }

    /// <summary>Graphs made again by key, as the extractor would make them, each call noted.</summary>
    private static Func<SourceArticle, GraphDocument> GraphOf(List<string> calls) => article =>
    {
        calls.Add(article.Key);
        return Enumerable.Range(1, 9).Select(Good).Single(g => g.Key == article.Key).Build();
    };

    /// <summary>Two groups: articles 1..6 with the bad one at <paramref name="failAt"/> (none when null), then 7..9 (the cache after the failure must still be right).</summary>
    private static List<SaveResult> Ingest(GraphStore store, int? failAt, Func<SourceArticle, GraphDocument>? graphAgain)
    {
        var results = new List<SaveResult>();
        using (var batch = store.BeginBatch(graphAgain))
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
