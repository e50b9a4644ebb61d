using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// An article's mentions and evidence rows are written by multi-row statements of up to
/// <see cref="RowInsert.RowsPerStatement"/> rows: every row arrives whatever the number, and a row that fails
/// in the middle of a statement still rolls back its article alone.
/// </summary>
public sealed class MultiRowWriteTests : StoreTestBase
{
    private const int Guests = 37; // two full statements and one of 5 rows

    /// <summary>An article naming <see cref="Guests"/> people who visited Костанай, each in a sentence of their own (evidence), half of them also with a MENTIONS edge.</summary>
    private static ArticleBuilder Wide(string title)
    {
        var text = title + "\n" + string.Concat(Enumerable.Range(0, Guests).Select(i => $"Гость{i:D2} приехал в Костанай. "));
        var article = new ArticleBuilder(text, title + ".txt").Entity("city:kostanay", "Костанай", GraphLabels.City);
        for (var i = 0; i < Guests; i++)
        {
            article.Entity($"person:guest-{i:D2}", $"Гость{i:D2}")
                .Rel(RelationshipTypes.Visited, $"person:guest-{i:D2}", "city:kostanay", $"Гость{i:D2} приехал в Костанай");
        }

        for (var i = 0; i < Guests; i += 2)
        {
            article.Rel(RelationshipTypes.Mentions, article.Key, $"person:guest-{i:D2}", $"Гость{i:D2} приехал", confidence: 1.0);
        }

        return article;
    }

    [Fact]
    public void Every_row_of_an_article_with_more_rows_than_a_statement_takes_is_written()
    {
        var article = Wide("Съезд гостей");
        Assert.Equal(new SaveResult(false, Guests + 1, Guests + (Guests + 1) / 2), Save(article));

        Assert.Equal(Guests + 1, Rows("SELECT COUNT(*) FROM mentions"));
        Assert.Equal((Guests + 1) / 2, Rows("SELECT COUNT(*) FROM mentions WHERE edge IS NOT NULL AND evidence_start IS NOT NULL"));
        Assert.Equal(Guests, Rows("SELECT COUNT(*) FROM evidence"));
        Assert.Equal(Guests, Store.Entity("city:kostanay")!.MentionCount);
        Assert.Equal(1, Store.Entity("person:guest-36")!.MentionCount);
        var counts = Store.Counts();
        Assert.Equal((Guests + 1, Guests + (Guests + 1) / 2, Guests + (Guests + 1) / 2), (counts.Entities, counts.Relationships, counts.Evidence));

        // Each evidence row points at its own sentence.
        var text = article.Source.Text;
        var guest = Store.RelationshipsOf("person:guest-20").Single(r => r.Type == RelationshipTypes.Visited);
        Assert.Equal("Гость20 приехал в Костанай", Assert.Single(guest.Evidence).Text);
        Assert.Contains(Assert.Single(guest.Evidence).Text, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "CREATE TRIGGER fail_here BEFORE INSERT ON evidence WHEN NEW.article_id = 2 AND NEW.relationship_id = 60 BEGIN SELECT RAISE(ABORT, 'injected'); END;")]
    [InlineData(true, "CREATE TRIGGER fail_here BEFORE INSERT ON evidence WHEN NEW.article_id = 2 AND NEW.relationship_id = 60 BEGIN SELECT RAISE(ABORT, 'injected'); END;")]
    [InlineData(false, "CREATE TRIGGER fail_here BEFORE INSERT ON mentions WHEN NEW.article_id = 2 AND NEW.entity_key = 'person:other-20' BEGIN SELECT RAISE(ABORT, 'injected'); END;")]
    public void A_row_failing_in_the_middle_of_a_statement_rolls_back_its_article_alone(bool graphsMadeAgain, string trigger)
    {
        // The first article writes relationships 1..37 (its MENTIONS edges go into mentions rows), the second 38..74: id 60 is
        // its 23rd evidence row, in the middle of its second statement; person:other-20 is its 22nd mentions row.
        var first = Wide("Первый съезд");
        var bad = Renamed(Wide("Второй съезд"));
        var third = Wide("Третий съезд");
        Run(trigger);
        using (var store = GraphStore.Open(DbPath))
        using (var batch = store.BeginBatch(graphsMadeAgain ? a => a.Key == first.Key ? first.Build() : throw new InvalidOperationException("not written before the failure") : null))
        {
            batch.Save(first.Source, first.Build());
            Assert.Contains("injected", Assert.ThrowsAny<Exception>(() => batch.Save(bad.Source, bad.Build())).Message, StringComparison.Ordinal);
            batch.Save(third.Source, third.Build());
            batch.Commit();
        }

        var cleanPath = Path.Combine(Dir, "clean.db");
        using (var store = GraphStore.Open(cleanPath))
        using (var batch = store.BeginBatch())
        {
            batch.Save(first.Source, first.Build());
            batch.Save(third.Source, third.Build());
            batch.Commit();
        }

        using var failed = GraphStore.OpenRead(DbPath);
        using var clean = GraphStore.OpenRead(cleanPath);
        Assert.False(failed.ContainsArticle(bad.Key));
        Assert.Null(failed.Entity("person:other-00"));
        Assert.Equal(Snapshot(clean), Snapshot(failed));
        Assert.Equal("ok", failed.IntegrityCheck());
    }

    [Fact]
    public void A_mentions_row_the_store_does_not_take_fails_the_article_alone()
    {
        Run("CREATE TRIGGER skip_one BEFORE INSERT ON mentions WHEN NEW.entity_key = 'person:guest-20' BEGIN SELECT RAISE(IGNORE); END;");
        var first = new ArticleBuilder("Короткая статья: Вера Лунина в Костанае.", "short.txt").Entity("person:lunina-vera", "Вера Лунина");
        var wide = Wide("Съезд гостей");
        using (var batch = Store.BeginBatch())
        {
            batch.Save(first.Source, first.Build());
            Assert.Contains("mentions rows", Assert.Throws<StoreException>(() => batch.Save(wide.Source, wide.Build())).Message, StringComparison.Ordinal);
            batch.Commit();
        }

        Assert.True(Store.ContainsArticle(first.Key));
        Assert.False(Store.ContainsArticle(wide.Key));
        Assert.Equal(1, Rows("SELECT COUNT(*) FROM mentions"));
        Assert.Equal(0, Rows("SELECT COUNT(*) FROM evidence"));
    }

    /// <summary>The same article about other people (person:other-NN), so that none of its rows is already stored.</summary>
    private static ArticleBuilder Renamed(ArticleBuilder wide)
    {
        var text = wide.Source.Text.Replace("Гость", "Другой", StringComparison.Ordinal);
        var article = new ArticleBuilder(text, "renamed.txt").Entity("city:kostanay", "Костанай", GraphLabels.City);
        for (var i = 0; i < Guests; i++)
        {
            article.Entity($"person:other-{i:D2}", $"Другой{i:D2}")
                .Rel(RelationshipTypes.Visited, $"person:other-{i:D2}", "city:kostanay", $"Другой{i:D2} приехал в Костанай");
        }

        return article;
    }

    private void Run(string sql)
    {
        using var c = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private long Rows(string sql)
    {
        using var c = new SqliteConnection($"Data Source={DbPath};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (long)cmd.ExecuteScalar()!;
    }
}
