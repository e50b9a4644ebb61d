using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests;

public sealed class GraphStoreTests : StoreTestBase
{
    private long UserVersion()
    {
        using var c = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA user_version;";
        return (long)cmd.ExecuteScalar()!;
    }

    [Fact]
    public void Open_creates_the_file_and_sets_user_version()
    {
        Assert.True(File.Exists(DbPath));
        Assert.Equal(DbPath, Store.Path);
        Assert.Equal(6, UserVersion());
        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0, 0), Store.Counts());
        Assert.Equal("ok", Store.IntegrityCheck());
    }

    [Fact]
    public void Open_creates_missing_folders()
    {
        using var store = GraphStore.Open(Path.Combine(Dir, "a", "b", "kg.db"));
        Assert.True(File.Exists(Path.Combine(Dir, "a", "b", "kg.db")));
    }

    [Fact]
    public void Reopening_keeps_data_and_does_not_migrate_again()
    {
        Save(new ArticleBuilder("Текст один.").Entity("person:odin", "один"));
        using (var again = Open())
        {
            Assert.Equal(1, again.Counts().Articles);
            Assert.Equal(1, again.Counts().Entities);
        }

        Assert.Equal(6, UserVersion());
    }

    [Fact]
    public void A_store_from_a_newer_program_is_refused()
    {
        var path = Path.Combine(Dir, "newer.db");
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 99;";
            cmd.ExecuteNonQuery();
        }

        var ex = Assert.Throws<StoreException>(() => GraphStore.Open(path));
        Assert.Contains("newer", ex.Message, StringComparison.Ordinal);
        if (OperatingSystem.IsLinux())
        {
            // The refused store's connection is closed, not left open until the GC finds it.
            var open = new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos()
                .Count(fd => fd.LinkTarget is { } target && target.StartsWith(path, StringComparison.Ordinal));
            Assert.Equal(0, open);
        }
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_a_store_exception()
    {
        var path = Path.Combine(Dir, "junk.db");
        File.WriteAllText(path, new string('x', 4096));
        var ex = Assert.Throws<StoreException>(() => GraphStore.Open(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContainsArticle_and_Article_and_ArticleText()
    {
        var a = new ArticleBuilder("Заголовок\nТекст статьи про Омск.", "in/a.txt");
        Assert.False(Store.ContainsArticle(a.Key));
        Assert.Null(Store.Article(a.Key));
        Assert.Null(Store.ArticleText(a.Key));

        Save(a);

        Assert.True(Store.ContainsArticle(a.Key));
        var stored = Store.Article(a.Key)!;
        Assert.Equal("Заголовок", stored.Title);
        Assert.Equal("Тестовый вестник", stored.Source);
        Assert.Equal("in/a.txt", stored.Path);
        Assert.Equal("ru", stored.Language);
        Assert.True(DateTimeOffset.TryParse(stored.IngestedAt, System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.Equal(a.Source.Text, Store.ArticleText(a.Key));
    }

    [Fact]
    public void Concurrent_writers_on_two_connections_store_everything_once()
    {
        using var second = Open();
        const int perThread = 15;
        var errors = new System.Collections.Concurrent.ConcurrentBag<Exception>();

        void Write(GraphStore store, string who)
        {
            try
            {
                for (var i = 0; i < perThread; i++)
                {
                    var text = $"Статья {who} номер {i}: Нина Орлова и Глеб Шамов встретились.";
                    var a = new ArticleBuilder(text, $"{who}/{i}.txt")
                        .Entity("person:orlova-nina", "Нина Орлова", aliases: [$"Орлова-{who}"])
                        .Entity("person:shamov-gleb", "Глеб Шамов")
                        .Entity($"event:{who}-{i}", $"Событие {who} {i}", GraphLabels.Event)
                        .Rel(RelationshipTypes.MetWith, who == "a" ? "person:orlova-nina" : "person:shamov-gleb",
                            who == "a" ? "person:shamov-gleb" : "person:orlova-nina", "Нина Орлова и Глеб Шамов встретились.");
                    store.Save(a.Source, a.Build());
                }
            }
            catch (Exception ex)
            {
                errors.Add(ex);
            }
        }

        var t1 = new Thread(() => Write(Store, "a"));
        var t2 = new Thread(() => Write(second, "b"));
        t1.Start();
        t2.Start();
        t1.Join();
        t2.Join();

        Assert.Empty(errors);
        var counts = Store.Counts();
        Assert.Equal(2 * perThread, counts.Articles);
        Assert.Equal(2 + (2 * perThread), counts.Entities);
        Assert.Equal(1, counts.Relationships);
        Assert.Equal(2 * perThread, counts.Evidence);
        Assert.Equal(2 * perThread, counts.PendingSync);
        var nina = Store.FindEntities("Нина Орлова").First();
        Assert.Equal(["Орлова-a", "Орлова-b"], nina.Aliases);
        Assert.Equal("ok", Store.IntegrityCheck());
    }
}
