using System.Runtime.CompilerServices;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// The rows written under one savepoint are bounded (<see cref="StoreTuning.SavepointWrites"/>), so that the savepoint's
/// journal never outgrows its block of memory (<see cref="StatementJournal"/>): a savepoint is released before an article
/// that would pass the bound, and an article above it alone is refused by a group and written in a transaction of its own.
/// </summary>
public sealed class SavepointBoundTests : StoreTestBase
{
    /// <summary>
    /// SQLite takes the journal's block only before its first use in the process; a test class opening a connection of its own
    /// first would leave this test process with the small blocks, so the block is configured as the test assembly loads.
    /// </summary>
#pragma warning disable CA2255 // a test assembly, not a library: its SQLite must be set up before any test runs
    [ModuleInitializer]
    internal static void ConfigureJournalFirst() => _ = StatementJournal.InOneBlock;
#pragma warning restore CA2255

    private static ArticleBuilder Article(int n)
    {
        var text = $"Статья {n}: Вера Лунина встретилась с Олегом Ткачом в Костанае.";
        var article = new ArticleBuilder(text, $"a{n}.txt")
            .Entity("person:lunina-vera", "Вера Лунина")
            .Entity("person:tkach-oleg", "Олегом Ткачом")
            .Entity("city:kostanay", "Костанае", GraphLabels.City)
            .Rel(RelationshipTypes.MetWith, "person:lunina-vera", "person:tkach-oleg", "Вера Лунина встретилась с Олегом Ткачом");
        return n % 2 == 0 ? article.Rel(RelationshipTypes.Visited, "person:lunina-vera", "city:kostanay", "Вера Лунина встретилась с Олегом Ткачом в Костанае") : article;
    }

    [Fact]
    public void The_writer_keeps_its_savepoints_journal_in_one_block()
    {
        Assert.True(StatementJournal.InOneBlock);
        Assert.Equal(1L, Store.Prepared("PRAGMA temp_store").Scalar()); // FILE: the statement journal takes the configured block
    }

    [Fact]
    public void Rows_are_reckoned_from_the_graph()
    {
        // 6 for the article, 5 per entity and one per alias, 4 per relationship and 2 per evidence span.
        Assert.Equal(6 + (3 * 5) + (1 * 6), StoreBatch.Writes(Article(1).Build()));
        Assert.Equal(6 + (3 * 5) + (2 * 6), StoreBatch.Writes(Article(2).Build()));
        var withAlias = new ArticleBuilder("Вера Лунина, она же В. Лунина.").Entity("person:lunina-vera", "Вера Лунина", aliases: ["В. Лунина"]).Build();
        Assert.Equal(6 + 5 + 1, StoreBatch.Writes(withAlias));
    }

    [Fact]
    public void A_savepoint_is_released_before_an_article_that_would_pass_the_bound()
    {
        // Articles of 27 and 33 rows in turn: 27 + 33 = 60 fit one savepoint of 60 rows, a third article does not.
        var store = GraphStore.Open(Path.Combine(Dir, "bounded.db"), new StoreTuning { SavepointWrites = 60 });
        using (store)
        {
            using var batch = store.BeginBatch();
            for (var n = 1; n <= 6; n++)
            {
                batch.Save(Article(n).Source, Article(n).Build());
            }

            Assert.Equal(3, batch.Savepoints);
            batch.Commit();
        }

        using (var batch = Store.BeginBatch())
        {
            for (var n = 1; n <= 6; n++)
            {
                batch.Save(Article(n).Source, Article(n).Build());
            }

            Assert.Equal(1, batch.Savepoints);
            batch.Commit();
        }

        using var bounded = GraphStore.OpenRead(Path.Combine(Dir, "bounded.db"));
        using var clean = GraphStore.OpenRead(DbPath);
        Assert.Equal(Snapshot(clean), Snapshot(bounded));
    }

    [Fact]
    public void An_article_above_the_bound_is_refused_by_a_group_and_stored_alone()
    {
        var path = Path.Combine(Dir, "bounded.db");
        using (var store = GraphStore.Open(path, new StoreTuning { SavepointWrites = 30 }))
        {
            Assert.True(store.FitsGroup(Article(1).Build()));
            Assert.False(store.FitsGroup(Article(2).Build()));
            using (var batch = store.BeginBatch())
            {
                batch.Save(Article(1).Source, Article(1).Build());
                Assert.Contains("too large for a group", Assert.Throws<InvalidOperationException>(() => batch.Save(Article(2).Source, Article(2).Build())).Message, StringComparison.Ordinal);
                batch.Save(Article(3).Source, Article(3).Build());
                batch.Commit();
            }

            Assert.False(store.ContainsArticle(Article(2).Key));
            Assert.False(store.Save(Article(2).Source, Article(2).Build()).AlreadyStored);
        }

        using (var batch = Store.BeginBatch())
        {
            foreach (var n in new[] { 1, 3, 2 })
            {
                batch.Save(Article(n).Source, Article(n).Build());
            }

            batch.Commit();
        }

        using var bounded = GraphStore.OpenRead(path);
        using var clean = GraphStore.OpenRead(DbPath);
        Assert.Equal(Snapshot(clean), Snapshot(bounded));
        Assert.Equal(3, bounded.Entity("person:lunina-vera")!.MentionCount);
    }

    [Fact]
    public void An_article_stored_alone_that_fails_leaves_no_trace()
    {
        InjectFailure();
        var bad = new ArticleBuilder("Статья 9: Вера Лунина встретилась с Ниной Вербой в Костанае.", "bad.txt")
            .Entity("person:lunina-vera", "Вера Лунина", properties: ("born", "1970"))
            .Entity("person:verba-nina", "Ниной Вербой")
            .Rel(RelationshipTypes.MetWith, "person:lunina-vera", "person:verba-nina", "Вера Лунина встретилась с Ниной Вербой")
            .Rel(RelationshipTypes.MetWith, "person:verba-nina", "person:lunina-vera", properties: ("test", "fail here"));
        Save(Article(1));
        Assert.Contains("injected", Assert.ThrowsAny<Exception>(() => Save(bad)).Message, StringComparison.Ordinal);
        Save(Article(2));

        using var reader = GraphStore.OpenRead(DbPath);
        Assert.False(reader.ContainsArticle(bad.Key));
        Assert.Null(reader.Entity("person:verba-nina"));
        Assert.False(reader.Entity("person:lunina-vera")!.Properties.ContainsKey("born"));
        Assert.Equal(2, reader.Entity("person:lunina-vera")!.MentionCount);
        Assert.Equal(2, reader.Counts().Articles);
        Assert.Equal("ok", reader.IntegrityCheck());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(StoreTuning.MaxSavepointWrites + 1)]
    public void The_rows_under_one_savepoint_are_bounded_so_that_their_pages_fit_the_journal_block(int writes)
    {
        var problem = Assert.Single(new StoreTuning { SavepointWrites = writes }.Problems());
        Assert.Contains("savepoint", problem, StringComparison.Ordinal);
        Assert.True(StoreTuning.MaxSavepointWrites * 3 * (4096 + 4) <= StatementJournal.BlockBytes);
    }
}
