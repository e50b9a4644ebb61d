using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>A damaged, full or read-only store: one line, the documented exit code, nothing written or lost.</summary>
public sealed class StoreFaultTests
{
    [Fact]
    public async Task A_store_with_a_corrupted_page_is_never_written_and_never_gives_a_stack_trace()
    {
        using var dir = new TempDir();
        var ingest = await KgProcess.RunAsync(dir.Path, "ingest", RepoPaths.SampleArticles);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        var db = Path.Combine(dir.Path, "kg-data", "graph.db");
        var bytes = File.ReadAllBytes(db);
        var page = (bytes[16] << 8) | bytes[17]; // the header's page size (big-endian): the third page is damaged
        for (var i = page * 2; i < page * 3; i++)
        {
            bytes[i] = (byte)(i * 7);
        }

        File.WriteAllBytes(db, bytes);
        Samples.WriteVariants(dir.File("more"), 2);

        var again = await KgProcess.RunAsync(dir.Path, "ingest", dir.File("more"));
        Assert.True(again.ExitCode == 4, again.ToString());
        Assert.Contains("PRAGMA integrity_check", again.Stderr, StringComparison.Ordinal);
        Assert.Contains("backup", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(db));

        foreach (var args in new[] { new[] { "export", "--format", "json" }, ["status"], ["lookup", "Казахстан"] })
        {
            var r = await KgProcess.RunAsync(dir.Path, args);
            Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
            Assert.True(r.ExitCode is 0 or 3 or 4, r.ToString());
            if (r.ExitCode == 4)
            {
                Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            }
        }
    }

    [RootFact]
    public async Task Ingest_stops_at_a_full_disk_with_exit_4_and_keeps_what_fits()
    {
        using var dir = new TempDir();
        using var disk = new Tmpfs("1m");
        Samples.WriteVariants(dir.File("articles"), 300);
        // Articles are committed in groups: what stays is every group committed before the disk filled, so
        // groups are kept small here for some to fit in 1 MiB.
        var r = await KgProcess.RunAsync(dir.Path, "ingest", dir.File("articles"), "--store", disk.File("g.db"), "--set", "Store:GroupArticles=5");
        Assert.True(r.ExitCode == 4, r.ToString());
        Assert.Contains("stopped at the first article the store could not take", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", r.Stderr, StringComparison.Ordinal);
        Assert.Single(r.Stderr.Split('\n'), l => l.StartsWith("error: ", StringComparison.Ordinal));

        using var store = GraphStore.OpenRead(disk.File("g.db"));
        Assert.Equal("ok", store.IntegrityCheck());
        Assert.InRange(store.Counts().Articles, 1, 299);
    }

    [RootFact]
    public async Task Export_on_a_full_disk_leaves_the_earlier_file_whole()
    {
        using var dir = new TempDir();
        using var disk = new Tmpfs("256k");
        var ingest = await KgProcess.RunAsync(dir.Path, "ingest", RepoPaths.SampleArticles);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        var target = disk.File("graph.json");
        File.WriteAllText(target, "the earlier export\n");
        File.WriteAllBytes(disk.File("filler"), new byte[(256 * 1024) - (16 * 1024)]);

        var r = await KgProcess.RunAsync(dir.Path, "export", "--format", "html", "--out", target);
        Assert.True(r.ExitCode == 4, r.ToString());
        Assert.Contains("disk full", r.Stderr, StringComparison.Ordinal);
        Assert.Equal("the earlier export\n", File.ReadAllText(target));
        Assert.Equal(["filler", "graph.json"], Directory.GetFiles(disk.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [RootFact]
    public async Task Read_verbs_work_on_a_read_only_store_and_ingest_refuses_with_exit_4()
    {
        using var dir = new TempDir();
        using var disk = new Tmpfs("16m");
        var db = disk.File("g.db");
        var ingest = await KgProcess.RunAsync(dir.Path, "ingest", RepoPaths.SampleArticles, "--store", db);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        disk.MakeReadOnly();

        foreach (var args in new[] { new[] { "lookup", "Казахстан" }, ["path", "Казахстан", "Астана"], ["export", "--format", "json"], ["status"] })
        {
            var r = await KgProcess.RunAsync(dir.Path, [.. args, "--store", db]);
            Assert.True(r.ExitCode == 0, string.Join(' ', args) + ": " + r);
        }

        Samples.WriteVariants(dir.File("more"), 1);
        var refused = await KgProcess.RunAsync(dir.Path, "ingest", dir.File("more"), "--store", db);
        Assert.True(refused.ExitCode == 4, refused.ToString());
        Assert.DoesNotContain("   at ", refused.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_and_extract_refuse_to_write_over_their_inputs()
    {
        using var dir = new TempDir();
        var article = dir.File("a.txt");
        File.Copy(Directory.GetFiles(RepoPaths.SampleArticles, "*.txt")[0], article);
        var original = File.ReadAllText(article);

        var extract = await KgProcess.RunAsync(dir.Path, "extract", article, "--out", article);
        Assert.True(extract.ExitCode == 2, extract.ToString());
        Assert.Equal(original, File.ReadAllText(article));

        var ingest = await KgProcess.RunAsync(dir.Path, "ingest", article);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        var db = Path.Combine(dir.Path, "kg-data", "graph.db");
        var before = File.ReadAllBytes(db);
        var export = await KgProcess.RunAsync(dir.Path, "export", "--out", db);
        Assert.True(export.ExitCode == 2, export.ToString());
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Fact]
    public async Task Export_out_replaces_the_file_whole_and_leaves_no_temporary_file()
    {
        using var dir = new TempDir();
        var ingest = await KgProcess.RunAsync(dir.Path, "ingest", RepoPaths.SampleArticles);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Directory.CreateDirectory(dir.File("out"));
        File.WriteAllText(dir.File("out/g.json"), "old");
        var r = await KgProcess.RunAsync(dir.Path, "export", "--format", "json", "--out", dir.File("out/g.json"));
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.StartsWith("{", File.ReadAllText(dir.File("out/g.json")), StringComparison.Ordinal);
        Assert.Equal([dir.File("out/g.json")], Directory.GetFiles(dir.File("out")));
    }
}
