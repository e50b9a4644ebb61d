using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// The writer remembers the entities it wrote (properties, aliases) so that one met again is not read
/// again; these tests make it remember something the store then does not hold (a rolled-back
/// article or group, another connection's write) and check that the next article is stored in full.
/// </summary>
public sealed class EntityCacheTests : StoreTestBase
{
    private const string Lunina = "person:lunina-vera";
    private const string Forum = "event:forum-kostanay";

    /// <summary>Вера Лунина, under the alias <paramref name="alias"/> and with the properties given; article <paramref name="n"/>.</summary>
    private static ArticleBuilder About(int n, string alias, params (string, object)[] properties) =>
        new ArticleBuilder($"Статья {n}: Вера Лунина, она же {alias}, открыла форум в Костанае.", $"a{n}.txt")
            .Entity(Lunina, "Вера Лунина", aliases: [alias], properties: properties);

    /// <summary>Passes the validator, then fails while writing its relationship (see <see cref="StoreTestBase.InjectFailure"/>): after its entities are written.</summary>
    private static ArticleBuilder Failing(ArticleBuilder article) => article
        .Entity(Forum, "форум в Костанае", GraphLabels.Event)
        .Rel(RelationshipTypes.ParticipatedIn, Lunina, Forum, properties: ("test", "fail here"));

    [Fact]
    public void What_a_rolled_back_article_wrote_is_not_taken_as_stored_by_the_next_article_of_the_group()
    {
        InjectFailure();
        SaveResult third;
        using (var batch = Store.BeginBatch())
        {
            batch.Save(About(1, "В. Лунина").Source, About(1, "В. Лунина").Build());
            var bad = Failing(About(2, "Лунина В.", ("role", "министр")));
            Assert.Contains("injected", Assert.ThrowsAny<Exception>(() => batch.Save(bad.Source, bad.Build())).Message, StringComparison.Ordinal);

            // The same alias, property and new entity as the rolled-back article: each must be written now.
            var good = About(3, "Лунина В.", ("role", "министр")).Entity(Forum, "форум в Костанае", GraphLabels.Event)
                .Rel(RelationshipTypes.ParticipatedIn, Lunina, Forum);
            third = batch.Save(good.Source, good.Build());
            batch.Commit();
        }

        using var other = Open();
        var lunina = other.Entity(Lunina)!;
        Assert.Equal(["В. Лунина", "Лунина В."], lunina.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal("министр", lunina.Properties["role"]);
        Assert.Equal(4, lunina.MentionCount); // two spans (name and alias) in each of the two articles kept
        Assert.NotNull(other.Entity(Forum));
        Assert.Equal(1, third.EntitiesAdded);
        Assert.Equal("ok", other.IntegrityCheck());
    }

    [Fact]
    public void What_a_rolled_back_group_wrote_is_written_again_by_the_next_group()
    {
        using (var batch = Store.BeginBatch())
        {
            batch.Save(About(1, "В. Лунина", ("role", "министр")).Source, About(1, "В. Лунина", ("role", "министр")).Build());
        }

        SaveResult second;
        using (var batch = Store.BeginBatch())
        {
            second = batch.Save(About(2, "В. Лунина", ("role", "министр")).Source, About(2, "В. Лунина", ("role", "министр")).Build());
            batch.Commit();
        }

        Assert.Equal(1, second.EntitiesAdded);
        using var other = Open();
        var lunina = other.Entity(Lunina)!;
        Assert.Contains("В. Лунина", lunina.Aliases);
        Assert.Equal("министр", lunina.Properties["role"]);
        Assert.Equal(2, lunina.MentionCount);
    }

    [Fact]
    public void Properties_another_connection_added_are_kept_when_this_writer_adds_more()
    {
        Save(About(1, "В. Лунина", ("role", "министр")));
        using (var other = Open())
        {
            other.Save(About(2, "В. Лунина", ("party", "зелёные")).Source, About(2, "В. Лунина", ("party", "зелёные")).Build());
        }

        Save(About(3, "Лунина В.", ("city", "Костанай")));
        var lunina = Store.Entity(Lunina)!;
        Assert.Equal(["city", "party", "role"], lunina.Properties.Keys);
        Assert.Equal(6, lunina.MentionCount);
        Assert.Contains("Лунина В.", lunina.Aliases);
    }

    [Fact]
    public void An_entity_met_again_keeps_its_first_properties_and_gains_new_ones_and_aliases()
    {
        using (var batch = Store.BeginBatch())
        {
            Assert.Equal(1, batch.Save(About(1, "В. Лунина", ("role", "министр")).Source, About(1, "В. Лунина", ("role", "министр")).Build()).EntitiesAdded);
            var again = About(2, "Лунина В.", ("role", "посол"), ("city", "Костанай"));
            Assert.Equal(0, batch.Save(again.Source, again.Build()).EntitiesAdded);
            batch.Commit();
        }

        var lunina = Store.Entity(Lunina)!;
        Assert.Equal(("министр", "Костанай"), (lunina.Properties["role"], lunina.Properties["city"]));
        Assert.Equal(["В. Лунина", "Лунина В."], lunina.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal(4, lunina.MentionCount);
    }
}
