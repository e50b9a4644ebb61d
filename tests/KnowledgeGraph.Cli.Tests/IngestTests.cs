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
    public async Task A_wrong_setting_fails_before_any_work_and_names_the_setting()
    {
        using var dir = new TempDir();
        var r = await KgProcess.RunAsync(dir.Path, "ingest", RepoPaths.SampleArticles, "--set", "Ingest:PollSeconds=0");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("Ingest:PollSeconds", r.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir.Path, "kg-data", "graph.db")));
    }

    private static StoreCounts Counts(TempDir dir)
    {
        using var store = GraphStore.Open(Path.Combine(dir.Path, "kg-data", "graph.db"));
        return store.Counts();
    }
}
