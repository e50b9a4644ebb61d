using System.Text;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>What an article or a file name can do to a terminal or to the folder search, and encodings.</summary>
public sealed class SafetyTests
{
    private const string Body =
        "Министр иностранных дел Казахстана Арман Бекжанов встретился в Астане с послом Германии Паулем Вебером.\n";

    [Fact]
    public async Task Control_characters_and_ansi_escapes_never_reach_the_terminal()
    {
        using var dir = new TempDir();
        var evil = "Заголовок \u001b[31mкрасный\u001b[0m \u0007\u009b2J\u202e\n\n"
            + "Министр иностранных дел Казахстана Арман Бекжанов \u001b]0;pwned\u0007встретился в Астане с послом Германии Паулем Вебером.\n";
        File.WriteAllText(dir.File("evil.txt"), evil);
        var bad = dir.File("bad\nname\u001b[2J.txt");
        File.WriteAllBytes(bad, []);

        var ingest = await KgProcess.RunAsync(dir.Path, "ingest", dir.Path);
        Assert.True(ingest.ExitCode == 1, ingest.ToString());
        var error = Assert.Single(ingest.Stderr.Split('\n'), l => l.StartsWith("error: ", StringComparison.Ordinal));
        Assert.Contains("\"", error, StringComparison.Ordinal);
        Assert.Contains("bad\\nname\\x1b[2J.txt", error, StringComparison.Ordinal);

        foreach (var args in new[] { new[] { "lookup", "Казахстан" }, ["lookup", "Бекжанов"], ["path", "Бекжанов", "Казахстан"], ["status"] })
        {
            var r = await KgProcess.RunAsync(dir.Path, args);
            Assert.True(r.ExitCode == 0, string.Join(' ', args) + ": " + r);
            Assert.DoesNotContain(r.Stdout + r.Stderr, c => c is '\u001b' or '\u0007' or '\u009b' or '\u202e');
        }

        var json = await KgProcess.RunAsync(dir.Path, "lookup", "Бекжанов", "--json");
        Assert.Contains("\\u001b", json.Stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Folder_ingestion_does_not_follow_symbolic_links_unless_asked()
    {
        using var dir = new TempDir();
        using var outside = new TempDir();
        Samples.WriteVariants(dir.File("articles"), 3);
        File.WriteAllText(outside.File("secret.txt"), "Секрет\n\n" + Body);
        File.CreateSymbolicLink(dir.File("articles/secret.txt"), outside.File("secret.txt"));
        Directory.CreateSymbolicLink(dir.File("articles/loop"), dir.File("articles"));

        var plain = await KgProcess.RunAsync(dir.Path, "ingest", dir.File("articles"));
        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.StartsWith("3 articles read: 3 stored", plain.Stdout, StringComparison.Ordinal);

        var follow = await KgProcess.RunAsync(dir.Path, "ingest", dir.File("articles"), "--follow-links");
        Assert.True(follow.ExitCode == 0, follow.ToString());
        Assert.StartsWith("4 articles read: 1 stored, 3 skipped", follow.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("koi8-r")]
    [InlineData("ibm866")]
    public async Task A_single_byte_cyrillic_file_is_stored_as_its_utf8_twin(string encoding)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var dir = new TempDir();
        var text = "Встреча в Астане\n\n" + Body;
        File.WriteAllBytes(dir.File("legacy.txt"), Encoding.GetEncoding(encoding).GetBytes(text));
        File.WriteAllText(dir.File("twin.txt"), text);

        var legacy = await KgProcess.RunAsync(dir.Path, "ingest", dir.File("legacy.txt"));
        Assert.True(legacy.ExitCode == 0, legacy.ToString());
        var twin = await KgProcess.RunAsync(dir.Path, "ingest", dir.File("twin.txt"));
        Assert.True(twin.ExitCode == 0, twin.ToString());
        Assert.StartsWith("1 article read: 0 stored, 1 skipped", twin.Stdout, StringComparison.Ordinal);

        var forced = await KgProcess.RunAsync(dir.Path, "extract", dir.File("legacy.txt"), "--encoding", encoding, "--out", dir.File("out"));
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Contains("Бекжанов", File.ReadAllText(dir.File("out/legacy.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_article_with_a_lone_surrogate_fails_with_a_reason()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a.json"), "{\"title\": \"x\", \"text\": \"Министр \\ud800 прибыл в Астану.\"}");
        var r = await KgProcess.RunAsync(dir.Path, "ingest", dir.File("a.json"));
        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains("lone surrogate", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kg_bench_runs_from_a_copied_program_in_an_empty_folder()
    {
        using var copy = new TempDir();
        foreach (var f in Directory.GetFiles(AppContext.BaseDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy.Path, "kg", Path.GetRelativePath(AppContext.BaseDirectory, f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target);
        }

        using var work = new TempDir();
        var psi = KgProcess.StartInfo(work.Path, "bench", "--articles", "20", "--writes", "5", "--rows", "100", "--feed-items", "0", "--sizes", "0");
        psi.ArgumentList[0] = Path.Combine(copy.Path, "kg", "kg.dll");
        using var p = System.Diagnostics.Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token);
        Assert.True(p.ExitCode == 0, await stdout + await stderr);
        Assert.Contains("extraction", await stdout, StringComparison.Ordinal);
    }
}
