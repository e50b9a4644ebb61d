namespace KnowledgeGraph.Storage.Tests;

/// <summary>Opening modes: read verbs never create or write; writers check the file first.</summary>
public sealed class StoreOpeningTests : StoreTestBase
{
    [Fact]
    public void Opening_for_reading_never_creates_a_store()
    {
        var path = Path.Combine(Dir, "nope", "graph.db");
        var ex = Assert.Throws<StoreException>(() => GraphStore.OpenRead(path));
        Assert.StartsWith("no store at ", ex.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Dir, "nope")));
    }

    [Fact]
    public void A_folder_is_not_a_store()
    {
        Assert.Contains("is a folder", Assert.Throws<StoreException>(() => GraphStore.OpenRead(Dir)).Message, StringComparison.Ordinal);
        Assert.Contains("is a folder", Assert.Throws<StoreException>(() => GraphStore.Open(Dir)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_opened_for_reading_reads_and_refuses_writes()
    {
        Save(new ArticleBuilder("Заголовок\nТекст статьи про Омск.", "in/a.txt"));
        using var reader = GraphStore.OpenRead(DbPath);
        Assert.Equal(1, reader.Counts().Articles);
        Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => reader.RequeueAll());
    }

    [Fact]
    public void A_new_store_has_16_KiB_pages_and_checkpoints_when_its_log_reaches_the_same_size_as_with_4()
    {
        Assert.Equal((16384L, 65536L / 4), Store.PageSettings());
        using var small = GraphStore.Open(Path.Combine(Dir, "small.db"), new StoreTuning { CheckpointPages = 1000 });
        Assert.Equal((16384L, 250L), small.PageSettings());
    }

    [Fact]
    public void A_store_made_with_4_KiB_pages_keeps_them_and_its_checkpoint_interval_counts_them()
    {
        var path = Path.Combine(Dir, "old.db");
        using (var old = GraphStore.Open(path, new StoreTuning { PageBytes = 4096 }))
        {
            old.Save(new ArticleBuilder("Заголовок\nТекст статьи про Омск.", "in/a.txt").Source, new ArticleBuilder("Заголовок\nТекст статьи про Омск.", "in/a.txt").Build());
        }

        using var again = GraphStore.Open(path);
        Assert.Equal((4096L, 65536L), again.PageSettings());
        Assert.Equal(1, again.Counts().Articles);
        Assert.Equal("ok", again.IntegrityCheck());
    }

    [Theory]
    [InlineData(2048)]
    [InlineData(12288)]
    [InlineData(131072)]
    public void A_page_size_sqlite_cannot_take_is_refused(int bytes)
    {
        Assert.Contains("page size", Assert.Single(new StoreTuning { PageBytes = bytes }.Problems()), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => GraphStore.Open(Path.Combine(Dir, "x.db"), new StoreTuning { PageBytes = bytes }));
    }

    [Fact]
    public void A_damaged_store_is_refused_for_writing_naming_the_check_and_the_backup()
    {
        var bytes = StoreWithADamagedPage();
        var ex = Assert.Throws<StoreException>(() => GraphStore.Open(DbPath));
        Assert.Contains("PRAGMA integrity_check", ex.Message, StringComparison.Ordinal);
        Assert.Contains("backup", ex.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(DbPath));
    }

    [Fact]
    public void A_store_over_the_whole_check_size_is_still_checked_when_its_log_was_left_behind()
    {
        var bytes = StoreWithADamagedPage();

        // What a killed process leaves: a log that is not empty (this one holds no valid frame, so SQLite ignores its content).
        File.WriteAllBytes(DbPath + "-wal", new byte[64]);
        var ex = Assert.Throws<StoreException>(() => GraphStore.Open(DbPath, new StoreTuning { CheckMegabytes = 0 }));
        Assert.Contains("PRAGMA integrity_check", ex.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(DbPath));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1_048_577)]
    public void A_whole_check_size_out_of_range_is_refused(int megabytes)
    {
        var ex = Assert.Throws<ArgumentException>(() => GraphStore.Open(Path.Combine(Dir, "other.db"), new StoreTuning { CheckMegabytes = megabytes }));
        Assert.Contains("whole-check size", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>A stored article, the store closed, then its second page overwritten; the file's bytes.</summary>
    private byte[] StoreWithADamagedPage()
    {
        Save(new ArticleBuilder("Заголовок\nТекст статьи про Омск.", "in/a.txt"));
        Store.Dispose();
        var bytes = File.ReadAllBytes(DbPath);
        var page = (bytes[16] << 8) | bytes[17]; // the header's page size (big-endian)
        for (var i = page; i < page * 2; i++)
        {
            bytes[i] = 0x5A;
        }

        File.WriteAllBytes(DbPath, bytes);
        return bytes;
    }
}
