using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Tests;

public sealed class GraphStoreSaveTests : StoreTestBase
{
    private const string First = "Депутат Вера Лунина встретилась с профессором Олегом Ткачом в Костанае.\nЛунина похвалила Ткача.";
    private const string Second = "Профессор Олег Ткач и депутат Вера Лунина снова встретились.\nТкач работает в университете «Прогресс».";

    private static ArticleBuilder FirstArticle() => new ArticleBuilder(First, "a.txt")
        .Entity("person:lunina-vera", "Вера Лунина", aliases: ["Лунина"], properties: ("position", "депутат"))
        .Entity("person:tkach-oleg", "Олегом Ткачом", aliases: ["Ткача"])
        .Entity("city:kostanay", "Костанае", GraphLabels.City)
        .Rel(RelationshipTypes.MetWith, "person:lunina-vera", "person:tkach-oleg", "Депутат Вера Лунина встретилась с профессором Олегом Ткачом в Костанае.", 0.6)
        .Rel(RelationshipTypes.Praised, "person:lunina-vera", "person:tkach-oleg", "Лунина похвалила Ткача.");

    private static ArticleBuilder SecondArticle() => new ArticleBuilder(Second, "b.txt")
        .Entity("person:tkach-oleg", "Олег Ткач", aliases: ["Ткач"], properties: [("position", "профессор"), ("degree", "доктор наук")])
        .Entity("person:lunina-vera", "Вера Лунина", properties: ("position", "сенатор"))
        .Entity("organization:progress", "Прогресс", GraphLabels.Organization)
        .Rel(RelationshipTypes.MetWith, "person:tkach-oleg", "person:lunina-vera", "Профессор Олег Ткач и депутат Вера Лунина снова встретились.", 0.9)
        .Rel(RelationshipTypes.MemberOf, "person:tkach-oleg", "organization:progress", "Ткач работает в университете «Прогресс».");

    [Fact]
    public void Save_stores_the_article_its_entities_relationships_and_queues_it()
    {
        var result = Save(FirstArticle());

        Assert.Equal(new SaveResult(false, 3, 2), result);
        // Лунина: name once, alias twice; Ткач: name and alias once each; Костанае once.
        Assert.Equal(new StoreCounts(1, 3, 2, 6, 2, 1), Store.Counts());
    }

    [Fact]
    public void Saving_the_same_article_twice_changes_nothing()
    {
        Save(FirstArticle());
        var before = Store.Counts();

        var again = Save(FirstArticle());

        Assert.Equal(new SaveResult(true, 0, 0), again);
        Assert.Equal(before, Store.Counts());
    }

    [Fact]
    public void The_same_text_with_other_line_endings_is_already_stored()
    {
        Save(FirstArticle());
        var crlf = new ArticleBuilder(First.Replace("\n", "\r\n", StringComparison.Ordinal) + "  \r\n", "copy.txt");
        Assert.Equal(crlf.Key, FirstArticle().Key);
        Assert.True(Save(crlf).AlreadyStored);
        Assert.Equal(1, Store.Counts().Articles);
    }

    [Fact]
    public void A_document_that_breaks_the_contract_is_refused_and_nothing_is_written()
    {
        var bad = FirstArticle().Rel(RelationshipTypes.Visited, "person:lunina-vera", "city:nowhere");

        Assert.Throws<GraphContractException>(() => Save(bad));

        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0, 0), Store.Counts());
    }

    [Fact]
    public void A_mention_that_is_not_the_slice_is_refused()
    {
        var a = FirstArticle();
        var doc = a.Build();
        doc.Entities[0].Mentions.Add(new TextSpan(0, 7, "Сенатор"));
        Assert.Throws<GraphContractException>(() => Store.Save(a.Source, doc));
        Assert.Equal(0, Store.Counts().Articles);
    }

    [Fact]
    public void A_failure_in_the_middle_rolls_back_the_whole_article()
    {
        // Passes the validator, then fails while writing the second relationship.
        var a = FirstArticle().Rel(RelationshipTypes.HeldIn, "person:lunina-vera", "city:kostanay", confidence: null, properties: ("confidence", "высокая"));
        Assert.ThrowsAny<Exception>(() => Save(a));
        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0, 0), Store.Counts());

        Save(FirstArticle());
        Assert.Equal(1, Store.Counts().Articles);
    }

    [Fact]
    public void The_same_entity_from_two_articles_is_one_entity_with_merged_aliases_and_properties()
    {
        Save(FirstArticle());
        var second = Save(SecondArticle());

        Assert.Equal(1, second.EntitiesAdded); // only «Прогресс» is new
        var tkach = Store.ReadAll().Entities.Single(e => e.Key == "person:tkach-oleg");
        Assert.Equal("Олегом Ткачом", tkach.Name); // the first name stays
        Assert.Equal(["Олег Ткач", "Ткач", "Ткача"], tkach.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal("профессор", tkach.Properties["position"]);
        Assert.Equal("доктор наук", tkach.Properties["degree"]);

        var lunina = Store.ReadAll().Entities.Single(e => e.Key == "person:lunina-vera");
        Assert.Equal("депутат", lunina.Properties["position"]); // first seen stays
        Assert.Equal(4, lunina.MentionCount);
    }

    [Fact]
    public void Symmetric_relationships_are_merged_and_evidence_accumulates()
    {
        Save(FirstArticle());
        var second = Save(SecondArticle());

        Assert.Equal(1, second.RelationshipsAdded); // MEMBER_OF only; MET_WITH B-A is the same fact
        var metWith = Store.ReadAll().Relationships.Single(r => r.Type == RelationshipTypes.MetWith);
        Assert.Equal(("person:lunina-vera", "person:tkach-oleg"), (metWith.Start, metWith.End));
        Assert.Equal(2, metWith.Evidence.Count);
        Assert.Equal(new[] { FirstArticle().Key, SecondArticle().Key }.Order(StringComparer.Ordinal), metWith.Evidence.Select(e => e.ArticleKey));
        Assert.Equal(0.9, metWith.Properties["confidence"]); // the highest confidence
        Assert.Contains(metWith.Evidence, e => e.Confidence == 0.6);
    }

    [Fact]
    public void A_lower_confidence_later_does_not_lower_the_stored_one()
    {
        Save(SecondArticle());
        Save(FirstArticle());
        var metWith = Store.ReadAll().Relationships.Single(r => r.Type == RelationshipTypes.MetWith);
        Assert.Equal(0.9, metWith.Properties["confidence"]);
        Assert.Equal(("person:lunina-vera", "person:tkach-oleg"), (metWith.Start, metWith.End));
    }

    [Fact]
    public void Directed_relationships_in_opposite_directions_stay_two()
    {
        Save(FirstArticle());
        var back = new ArticleBuilder("Ткач похвалил Лунину в ответ.", "c.txt")
            .Entity("person:tkach-oleg", "Ткач")
            .Entity("person:lunina-vera", "Лунину")
            .Rel(RelationshipTypes.Praised, "person:tkach-oleg", "person:lunina-vera", "Ткач похвалил Лунину в ответ.");
        Assert.Equal(1, Save(back).RelationshipsAdded);
        Assert.Equal(2, Store.ReadAll().Relationships.Count(r => r.Type == RelationshipTypes.Praised));
    }

    [Fact]
    public void All_evidence_is_stored_not_only_the_first()
    {
        var a = FirstArticle();
        var doc = a.Build();
        var praise = doc.Relationships[1];
        praise.AllEvidence.Add(praise.Evidence!);
        praise.AllEvidence.Add(TextSpan.Of(First, 0, 20));
        Store.Save(a.Source, doc);
        Assert.Equal(2, Store.ReadAll().Relationships.Single(r => r.Type == RelationshipTypes.Praised).Evidence.Count);
    }

    [Fact]
    public void Save_without_queueing_leaves_the_outbox_empty()
    {
        var a = FirstArticle();
        Store.Save(a.Source, a.Build(), queueForSync: false);
        Assert.Equal(0, Store.Counts().PendingSync);
        Assert.Empty(Store.PendingSync(DateTimeOffset.UtcNow));
    }

    [Fact]
    public void Mentions_relationship_from_the_article_is_stored()
    {
        var a = FirstArticle();
        a.Rel(RelationshipTypes.Mentions, a.Key, "city:kostanay", confidence: null);
        Save(a);
        var mentions = Store.ReadAll().Relationships.Single(r => r.Type == RelationshipTypes.Mentions);
        Assert.Equal(a.Key, mentions.Start);
        Assert.Empty(mentions.Evidence);
    }
}
