using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>Groups of articles in one transaction: each article all or nothing, the group durable only on commit.</summary>
public sealed class StoreBatchTests : StoreTestBase
{
    private static ArticleBuilder Article(int n) => new ArticleBuilder($"Статья {n}: Вера Лунина встретилась с Олегом Ткачом.", $"a{n}.txt")
        .Entity("person:lunina-vera", "Вера Лунина")
        .Entity("person:tkach-oleg", "Олегом Ткачом")
        .Rel(RelationshipTypes.MetWith, "person:lunina-vera", "person:tkach-oleg", "Вера Лунина встретилась с Олегом Ткачом.");

    [Fact]
    public void A_group_is_durable_only_when_committed()
    {
        using (var batch = Store.BeginBatch())
        {
            batch.Save(Article(1).Source, Article(1).Build());
            batch.Save(Article(2).Source, Article(2).Build());
            Assert.Equal(2, batch.Count);
        }

        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0, 0), Store.Counts());

        using (var batch = Store.BeginBatch())
        {
            batch.Save(Article(1).Source, Article(1).Build());
            batch.Save(Article(2).Source, Article(2).Build());
            batch.Commit();
        }

        using var other = Open();
        Assert.Equal(2, other.Counts().Articles);
        Assert.Equal(2, other.RelationshipsOf("person:tkach-oleg").Single(r => r.Type == RelationshipTypes.MetWith).ArticleCount);
    }

    [Fact]
    public void A_failing_article_is_rolled_back_alone_and_the_rest_of_the_group_stays()
    {
        // Passes the validator, then fails while writing its second relationship (after its article
        // row, entities and first relationship are written): see InjectFailure.
        InjectFailure();
        var bad = new ArticleBuilder("Статья 2: Вера Лунина встретилась с Олегом Ткачом в Костанае.", "a2.txt")
            .Entity("person:lunina-vera", "Вера Лунина")
            .Entity("person:tkach-oleg", "Олегом Ткачом")
            .Entity("city:kostanay", "Костанае", GraphLabels.City)
            .Rel(RelationshipTypes.MetWith, "person:lunina-vera", "person:tkach-oleg", "Вера Лунина встретилась с Олегом Ткачом")
            .Rel(RelationshipTypes.Visited, "person:lunina-vera", "city:kostanay", properties: ("test", "fail here"));

        using (var batch = Store.BeginBatch())
        {
            batch.Save(Article(1).Source, Article(1).Build());
            Assert.Contains("injected", Assert.ThrowsAny<Exception>(() => batch.Save(bad.Source, bad.Build())).Message, StringComparison.Ordinal);
            batch.Save(Article(3).Source, Article(3).Build());
            batch.Commit();
        }

        using var other = Open();
        Assert.Equal(2, other.Counts().Articles);
        Assert.False(other.ContainsArticle(bad.Key));
        Assert.Null(other.Entity("city:kostanay"));
        Assert.Equal(2, other.Entity("person:lunina-vera")!.MentionCount);
        var met = other.RelationshipsOf("person:tkach-oleg").Single(r => r.Type == RelationshipTypes.MetWith);
        Assert.Equal((2, 2), (met.ArticleCount, met.Evidence.Count));
        Assert.Equal("ok", other.IntegrityCheck());
    }

    [Fact]
    public void The_same_article_twice_in_one_group_is_stored_once()
    {
        using var batch = Store.BeginBatch();
        Assert.False(batch.Save(Article(1).Source, Article(1).Build()).AlreadyStored);
        Assert.True(batch.Save(Article(1).Source, Article(1).Build()).AlreadyStored);
        batch.Commit();
        Assert.Equal(1, Store.Counts().Articles);
        Assert.Equal(1, Store.Entity("person:lunina-vera")!.MentionCount);
    }

    [Fact]
    public void Reading_one_article_gives_its_own_evidence_and_the_count_of_all()
    {
        for (var i = 1; i <= 3; i++)
        {
            Save(Article(i));
        }

        var graph = Store.ReadArticle(Article(2).Key);
        var met = graph.Relationships.Single(r => r.Type == RelationshipTypes.MetWith);
        Assert.Equal(3, met.ArticleCount);
        var evidence = Assert.Single(met.Evidence);
        Assert.Equal((Article(2).Key, "Вера Лунина встретилась с Олегом Ткачом."), (evidence.ArticleKey, evidence.Text));
        Assert.Equal(3, Store.RelationshipsOf("person:lunina-vera").Single(r => r.Type == RelationshipTypes.MetWith).Evidence.Count);
    }
}
