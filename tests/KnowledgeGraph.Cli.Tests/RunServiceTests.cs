using System.Diagnostics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>The hosted service: the inbox is ingested, files move out, SIGTERM stops it cleanly, SIGKILL loses nothing.</summary>
public sealed class RunServiceTests
{
    [Fact]
    public async Task Articles_dropped_in_the_inbox_are_ingested_and_moved_and_SIGTERM_stops_cleanly()
    {
        using var dir = new TempDir();
        var inbox = Path.Combine(dir.Path, "inbox");
        Directory.CreateDirectory(inbox);
        using var p = Process.Start(KgProcess.StartInfo(dir.Path, "run", "--set", "Ingest:PollSeconds=0.1", "--set", "Ingest:SettleSeconds=0"))!;
        var stderr = p.StandardError.ReadToEndAsync();
        try
        {
            foreach (var f in Directory.GetFiles(RepoPaths.SampleArticles).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
            {
                File.Copy(f, Path.Combine(inbox, Path.GetFileName(f)));
            }

            File.WriteAllBytes(Path.Combine(inbox, "empty.txt"), []);
            await WaitUntil(() => Directory.GetFiles(inbox).Length == 0, TimeSpan.FromSeconds(60));
        }
        finally
        {
            Signal(p, "TERM");
            await p.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        }

        Assert.True(p.ExitCode == 130, await stderr); // the README: 130, stopped by a signal
        Assert.Equal(3, Directory.GetFiles(Path.Combine(inbox, "processed")).Length);
        Assert.True(File.Exists(Path.Combine(inbox, "failed", "empty.txt")));
        var error = File.ReadAllText(Path.Combine(inbox, "failed", "empty.txt.error.txt"));
        Assert.Contains("empty file", error, StringComparison.Ordinal);
        using var store = GraphStore.Open(Path.Combine(dir.Path, "kg-data", "graph.db"));
        Assert.Equal(3, store.Counts().Articles);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("ingest")]
    public async Task Killing_kg_at_random_moments_leaves_no_partial_article_and_a_rerun_finishes_the_job(string verb)
    {
        using var dir = new TempDir();
        var inbox = Path.Combine(dir.Path, "inbox");
        Directory.CreateDirectory(inbox);
        Samples.WriteVariants(inbox, 40);

        // The same articles ingested without interruption give the expected counts.
        using var reference = new TempDir();
        Samples.WriteVariants(reference.Path, 40);

        var plain = await KgProcess.RunAsync(reference.Path, "ingest", reference.Path);
        Assert.True(plain.ExitCode == 0, plain.ToString());
        var expected = Counts(reference.Path);

        string[] args = verb == "run"
            ? ["run", "--set", "Ingest:PollSeconds=0.05", "--set", "Ingest:SettleSeconds=0"]
            : ["ingest", inbox];
        var random = new Random(verb == "run" ? 20261128 : 20261129);
        for (var round = 0; round < 5; round++)
        {
            using var p = Process.Start(KgProcess.StartInfo(dir.Path, args))!;
            await Task.Delay(random.Next(300, 1500));
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync();
            using var store = GraphStore.Open(Path.Combine(dir.Path, "kg-data", "graph.db"));
            Assert.Equal("ok", store.IntegrityCheck());
            AssertNoPartialArticle(store);
        }

        // The inbox and its processed/ folder together hold every article once; ingest skips the stored ones.
        var finish = await KgProcess.RunAsync(dir.Path, "ingest", inbox);
        Assert.True(finish.ExitCode == 0, finish.ToString());
        var final = Counts(dir.Path);
        Assert.Equal(expected.Articles, final.Articles);
        Assert.Equal(expected.Entities, final.Entities);
        Assert.Equal(expected.Relationships, final.Relationships);
        Assert.Equal(expected.Mentions, final.Mentions);
        Assert.Equal(expected.Evidence, final.Evidence);
    }

    [Fact]
    public async Task A_service_that_cannot_work_ends_the_process_with_a_non_zero_exit_code()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("not-a-file.db"));
        var r = await KgProcess.RunAsync(dir.Path, "run", "--store", dir.File("not-a-file.db"));
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("not-a-file.db", r.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task A_signal_stops_kg_run_with_exit_code_130(string signal)
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("inbox"));
        using var p = Process.Start(KgProcess.StartInfo(dir.Path, "run", "--set", "Ingest:PollSeconds=0.1"))!;
        var stderr = p.StandardError.ReadToEndAsync();
        await WaitUntil(() => File.Exists(Path.Combine(dir.Path, "kg-data", "graph.db")), TimeSpan.FromSeconds(60));
        Signal(p, signal);
        await p.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        Assert.True(p.ExitCode == 130, await stderr);
    }

    [Fact]
    public async Task An_inbox_that_is_a_file_stops_kg_run_with_exit_code_2()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("inbox"), "not a folder");
        var r = await KgProcess.RunAsync(dir.Path, "run", "--inbox", dir.File("inbox"));
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("is a file, not a folder", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_inbox_replaced_by_a_file_stops_kg_run_with_exit_code_2()
    {
        using var dir = new TempDir();
        var inbox = dir.File("inbox");
        Directory.CreateDirectory(inbox);
        using var p = Process.Start(KgProcess.StartInfo(dir.Path, "run", "--set", "Ingest:PollSeconds=0.1"))!;
        var stderr = p.StandardError.ReadToEndAsync();
        try
        {
            await WaitUntil(() => File.Exists(Path.Combine(dir.Path, "kg-data", "graph.db")), TimeSpan.FromSeconds(60));
            ReplaceFolderByFile(inbox);
            await p.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        }
        finally
        {
            Signal(p, "KILL");
        }

        var text = await stderr;
        Assert.True(p.ExitCode == 2, text);
        Assert.DoesNotContain("Inbox scan failed", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Deletes the folder and writes a file in its place; kg run may make the folder again in between
    /// (a pass recreates a missing inbox), so this tries until the file is there.
    /// </summary>
    private static void ReplaceFolderByFile(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                File.WriteAllText(path, "now a file");
                return;
            }
            catch (Exception ex) when (attempt < 50 && ex is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(20);
            }
        }
    }

    private static void AssertNoPartialArticle(GraphStore store)
    {
        // Every stored article has its mentions, and nothing refers to an article that is not stored.
        var graph = store.ReadAll();
        var keys = graph.Articles.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        Assert.All(graph.Relationships.SelectMany(r => r.Evidence), e => Assert.Contains(e.ArticleKey, keys));
        Assert.All(graph.Articles, a => Assert.NotEmpty(store.ReadArticle(a.Key).Entities));
    }

    private static StoreCounts Counts(string dir)
    {
        using var store = GraphStore.Open(Path.Combine(dir, "kg-data", "graph.db"));
        return store.Counts();
    }

    private static void Signal(Process p, string signal)
    {
        if (!p.HasExited)
        {
            using var kill = Process.Start("kill", ["-" + signal, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }
    }

    private static async Task WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var sw = Stopwatch.StartNew();
        while (!condition())
        {
            if (sw.Elapsed > timeout)
            {
                throw new TimeoutException("condition not met in " + timeout);
            }

            await Task.Delay(100);
        }
    }
}
