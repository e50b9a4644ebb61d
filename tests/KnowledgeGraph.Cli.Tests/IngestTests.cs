using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Tests;

public sealed class IngestTests
{
    [Fact]
    public async Task Ingesting_the_samples_twice_gives_identical_counts()
    {
        using var dir = new TempDir();
        var first = await KgProcess.RunAsync(dir.Path, "ingest", RepoPaths.SampleArticles);
        Assert.True(first.ExitCode == 0, first.ToString());
        var afterFirst = Counts(dir);

        var second = await KgProcess.RunAsync(dir.Path, "ingest", RepoPaths.SampleArticles);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("skipped", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(afterFirst, Counts(dir));
        Assert.True(afterFirst.Articles >= 3);
        Assert.True(afterFirst.Entities > 0);
    }

    [Fact]
    public async Task The_same_text_under_another_name_is_one_article()
    {
        using var dir = new TempDir();
        var sample = Directory.GetFiles(RepoPaths.SampleArticles, "*.txt")[0];
        File.Copy(sample, dir.File("a.txt"));
        File.WriteAllText(dir.File("b.txt"), File.ReadAllText(sample).Replace("\n", "\r\n", StringComparison.Ordinal) + "\n\n");
        var r = await KgProcess.RunAsync(dir.Path, "ingest", dir.File("a.txt"), dir.File("b.txt"));
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(1, Counts(dir).Articles);
    }

    [Fact]
    public async Task Bad_inputs_get_one_clear_line_each_and_the_rest_is_processed()
    {
        using var dir = new TempDir();
        var inputs = Path.Combine(dir.Path, "in");
        Directory.CreateDirectory(inputs);
        File.Copy(Directory.GetFiles(RepoPaths.SampleArticles, "*.txt")[0], Path.Combine(inputs, "good.txt"));
        File.WriteAllBytes(Path.Combine(inputs, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(inputs, "binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00]);
        File.WriteAllBytes(Path.Combine(inputs, "broken.txt"), [.. "Заголовок\n"u8, 0xD0, 0x28, .. " текст"u8]);
        var missing = Path.Combine(dir.Path, "does-not-exist");

        var r = await KgProcess.RunAsync(dir.Path, "ingest", inputs, missing);

        Assert.Equal(1, r.ExitCode);
        var errors = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, l => l.Contains("empty.txt", StringComparison.Ordinal) && l.Contains("empty file", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains("binary.txt", StringComparison.Ordinal) && l.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains("broken.txt", StringComparison.Ordinal) && l.Contains("invalid UTF-8 at byte offset", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains("does-not-exist", StringComparison.Ordinal) && l.Contains("no such file", StringComparison.Ordinal));
        Assert.Equal(1, Counts(dir).Articles);
    }

    [Fact]
    public async Task The_same_article_in_utf8_utf16_and_windows1251_is_one_article()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var dir = new TempDir();
        var text = File.ReadAllText(Directory.GetFiles(RepoPaths.SampleArticles, "*.txt")[0]);
        File.WriteAllText(dir.File("a-utf8.txt"), text, new System.Text.UTF8Encoding(true));
        File.WriteAllText(dir.File("b-utf16.txt"), text, new System.Text.UnicodeEncoding(false, true));
        File.WriteAllBytes(dir.File("c-cp1251.txt"), System.Text.Encoding.GetEncoding(1251).GetBytes(text));

        var r = await KgProcess.RunAsync(dir.Path, "ingest", dir.Path);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("1 stored, 2 skipped", r.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, Counts(dir).Articles);
    }

    [Fact]
    public async Task An_html_article_is_read_from_its_markup()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("page.html"), """
            <!DOCTYPE html><html><head><title>Визит в Астану</title><script>var x = "<p>не текст</p>";</script></head>
            <body><nav>Меню сайта</nav><h1>Министр иностранных дел Монголии посетил Астану</h1>
            <p>АСТАНА. КАЗИНФОРМ - Министр иностранных дел Монголии Батбаяр Тумурсух совершил визит в Астану.</p>
            <p>Стороны обсудили вопросы сотрудничества.</p></body></html>
            """);
        var r = await KgProcess.RunAsync(dir.Path, "ingest", dir.File("page.html"));
        Assert.True(r.ExitCode == 0, r.ToString());
        using var store = GraphStore.Open(Path.Combine(dir.Path, "kg-data", "graph.db"));
        var article = Assert.Single(store.ReadAll().Articles);
        Assert.Equal("Министр иностранных дел Монголии посетил Астану", article.Title);
        var text = store.ArticleText(article.Key)!;
        Assert.DoesNotContain("не текст", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Меню сайта", text, StringComparison.Ordinal);
        Assert.Contains("Стороны обсудили", text, StringComparison.Ordinal);
        Assert.Contains(store.ReadArticle(article.Key).Entities, e => e.Label == GraphLabels.Country);
    }

    [Fact]
    public async Task A_50_MB_file_is_refused_unread_with_a_clear_line_and_the_rest_is_processed()
    {
        using var dir = new TempDir();
        var inputs = Path.Combine(dir.Path, "in");
        Directory.CreateDirectory(inputs);
        File.Copy(Directory.GetFiles(RepoPaths.SampleArticles, "*.txt")[0], Path.Combine(inputs, "good.txt"));
        using (var big = File.Create(Path.Combine(inputs, "huge.txt")))
        {
            var line = "Очень длинная статья, которая никогда не кончается.\n"u8.ToArray();
            for (var written = 0L; written < 50L * 1024 * 1024; written += line.Length)
            {
                big.Write(line);
            }
        }

        var r = await KgProcess.RunAsync(dir.Path, "ingest", inputs);
        Assert.Equal(1, r.ExitCode);
        var error = Assert.Single(r.Stderr.Split('\n'), l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("huge.txt", error, StringComparison.Ordinal);
        Assert.Contains("larger than the limit", error, StringComparison.Ordinal);
        Assert.Equal(1, Counts(dir).Articles);
    }

    [Fact]
    public async Task A_wrong_setting_fails_before_any_work_and_names_the_setting()
    {
        using var dir = new TempDir();
        var r = await KgProcess.RunAsync(dir.Path, "ingest", RepoPaths.SampleArticles, "--set", "Ingest:PollSeconds=0");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("Ingest:PollSeconds", r.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir.Path, "kg-data", "graph.db")));
    }

    [Fact]
    public async Task An_article_the_store_refuses_midway_is_reported_alone_and_the_rest_of_its_group_is_stored()
    {
        // One group of six articles; a trigger makes the store refuse the mentions of the fourth, after its article row is
        // written. The group is rolled back and the three before it are written again from graphs made again by the extractor.
        using var dir = new TempDir();
        Samples.WriteVariants(dir.File("articles"), 6);
        var db = Path.Combine(dir.Path, "kg-data", "graph.db");
        using (GraphStore.Open(db))
        {
        }

        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TRIGGER fail_here BEFORE INSERT ON mentions WHEN (SELECT path FROM articles WHERE id = NEW.article_id) LIKE '%variant-00003.txt' "
                + "BEGIN SELECT RAISE(ABORT, 'injected'); END;";
            cmd.ExecuteNonQuery();
        }

        var r = await KgProcess.RunAsync(dir.Path, "ingest", dir.File("articles"), "--set", "Store:GroupMilliseconds=60000");
        Assert.True(r.ExitCode == 1, r.ToString());
        var error = Assert.Single(r.Stderr.Split('\n'), l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("variant-00003.txt", error, StringComparison.Ordinal);
        Assert.Contains("injected", error, StringComparison.Ordinal);

        using var clean = new TempDir();
        Samples.WriteVariants(clean.File("articles"), 6);
        File.Delete(Path.Combine(clean.File("articles"), "variant-00003.txt"));
        var ok = await KgProcess.RunAsync(clean.Path, "ingest", clean.File("articles"));
        Assert.True(ok.ExitCode == 0, ok.ToString());

        using var failed = GraphStore.OpenRead(db);
        using var expected = GraphStore.OpenRead(Path.Combine(clean.Path, "kg-data", "graph.db"));
        Assert.Equal(5, failed.Counts().Articles);
        Assert.Equal(expected.Counts(), failed.Counts());
        Assert.Equal(Graph(expected), Graph(failed));
        Assert.Equal("ok", failed.IntegrityCheck());
    }

    /// <summary>A store's entities and relationships (with their evidence), as JSON.</summary>
    private static string Graph(GraphStore store)
    {
        var all = store.ReadAll();
        return System.Text.Json.JsonSerializer.Serialize(new { all.Entities, all.Relationships });
    }

    private static StoreCounts Counts(TempDir dir)
    {
        using var store = GraphStore.Open(Path.Combine(dir.Path, "kg-data", "graph.db"));
        return store.Counts();
    }
}
