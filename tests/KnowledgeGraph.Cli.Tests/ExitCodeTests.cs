namespace KnowledgeGraph.Cli.Tests;

/// <summary>A store with the sample articles, shared by the exit-code tests (they only read it).</summary>
public sealed class SampleStore : IDisposable
{
    public SampleStore()
    {
        Dir = new TempDir();
        var r = KgProcess.RunAsync(Dir.Path, "ingest", RepoPaths.SampleArticles).GetAwaiter().GetResult();
        Assert.True(r.ExitCode == 0, r.ToString());

        // Inputs the rows below name by relative path: a stored sample and an article that fails.
        File.Copy(Directory.GetFiles(RepoPaths.SampleArticles, "*.txt").Order(StringComparer.Ordinal).First(), Dir.File("sample.txt"));
        File.WriteAllText(Dir.File("bad.json"), """{"title": "x", "text": "\ud800 lone"}""");
    }

    internal TempDir Dir { get; }

    public void Dispose() => Dir.Dispose();
}

/// <summary>
/// The README's exit codes, verb by verb: 0 done, 1 some articles failed, 2 bad usage or
/// configuration (one line on standard error), 3 not found, 4 store unusable.
/// </summary>
public sealed class ExitCodeTests(SampleStore store) : IClassFixture<SampleStore>
{
    [Theory]
    [InlineData(0, "lookup", "Казахстан")]
    [InlineData(3, "lookup", "Несуществующий Человек")]
    [InlineData(2, "lookup", "")]
    [InlineData(2, "lookup", "   ")]
    [InlineData(2, "lookup", "Казахстан", "--source", "bogus")]
    [InlineData(4, "lookup", "Казахстан", "--store", "nope/g.db")]
    [InlineData(0, "path", "Казахстан", "Астана")]
    [InlineData(3, "path", "Казахстан", "Несуществующий Человек")]
    [InlineData(2, "path", "Казахстан", "Астана", "--max-hops", "-1")]
    [InlineData(2, "path", "Казахстан", "Астана", "--max-hops", "abc")]
    [InlineData(2, "path", "", "Астана")]
    [InlineData(4, "path", "a", "b", "--store", "nope/g.db")]
    [InlineData(0, "export", "--format", "json")]
    [InlineData(3, "export", "--around", "Несуществующий Человек")]
    [InlineData(2, "export", "--format", "bogus")]
    [InlineData(2, "export", "--around", "Казахстан", "--depth", "-3")]
    [InlineData(2, "export", "--depth", "1")]
    [InlineData(2, "export", "--around", "Казахстан", "--article", "abc")]
    [InlineData(4, "export", "--store", "nope/g.db")]
    [InlineData(0, "status")]
    [InlineData(2, "status", "--set", "Neo4j:BatchSize=abc")]
    [InlineData(2, "status", "--set", "Foo:Bar=1")]
    [InlineData(2, "status", "--set", "Neo4j:Nope=1")]
    [InlineData(2, "status", "--set", "Foo")]
    [InlineData(4, "status", "--store", "nope/g.db")]
    [InlineData(2, "sync")]
    [InlineData(2, "sync", "--set", "Neo4j:Uri=bolt://host:99999")]
    [InlineData(2, "sync", "--set", "Neo4j:Uri=bolt://")]
    [InlineData(2, "ingest")]
    [InlineData(2, "ingest", "--bogus", "x.txt")]
    [InlineData(2, "ingest", "x.txt", "--encoding", "klingon-8")]
    [InlineData(2, "extract", "x.txt")]
    [InlineData(2, "help")]
    [InlineData(2, "frobnicate")]
    [InlineData(2, "bench", "--scaling", "0")]
    [InlineData(2, "run", "--set", "Foo")]
    [InlineData(2, "run", "--set", "Ingest:PollSeconds=-1")]
    [InlineData(0, "ingest", "sample.txt")]
    [InlineData(1, "ingest", "bad.json")]
    [InlineData(0, "extract", "sample.txt", "--out", "out")]
    [InlineData(1, "extract", "bad.json", "--out", "out")]
    [InlineData(2, "extract", "sample.txt", "--out", "sample.txt")]
    [InlineData(4, "extract", "sample.txt", "--out", "/proc/kg-out")]
    [InlineData(4, "export", "--format", "json", "--out", "/proc/kg.json")]
    [InlineData(4, "sync", "--set", "Neo4j:Uri=bolt://127.0.0.1:1", "--set", "Neo4j:MaxRetrySeconds=0", "--set", "Neo4j:Password=x")]
    [InlineData(0, "bench", "--write-corpus", "corpus", "--articles", "2")]
    [InlineData(0, "--help")]
    public async Task Each_verb_ends_with_the_documented_exit_code(int expected, params string[] args)
    {
        var r = await KgProcess.RunAsync(store.Dir.Path, args);
        Assert.True(r.ExitCode == expected, r.ToString());
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", r.Stderr, StringComparison.Ordinal);
        if (expected == 2)
        {
            var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_empty_name_says_so()
    {
        var r = await KgProcess.RunAsync(store.Dir.Path, "lookup", "");
        Assert.Contains("empty name", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_verbs_never_create_a_store()
    {
        using var dir = new TempDir();
        foreach (var args in new[] { new[] { "lookup", "X" }, ["path", "X", "Y"], ["export"], ["status"] })
        {
            var r = await KgProcess.RunAsync(dir.Path, [.. args, "--store", "nope/g.db"]);
            Assert.True(r.ExitCode == 4, r.ToString());
            Assert.Contains("no store at", r.Stderr, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(dir.File("nope")));
    }

    [Fact]
    public async Task Credentials_in_the_neo4j_uri_are_refused_and_never_printed()
    {
        foreach (var verb in new[] { "status", "sync" })
        {
            var r = await KgProcess.RunAsync(store.Dir.Path, verb, "--set", "Neo4j:Uri=bolt://neo4j:s3cr3t@127.0.0.1:1");
            Assert.True(r.ExitCode == 2, r.ToString());
            Assert.Contains("Neo4j:Password", r.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("s3cr3t", r.Stdout + r.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_folder_as_the_store_is_one_line_and_exit_4()
    {
        foreach (var verb in new[] { "run", "ingest", "status" })
        {
            string[] args = verb == "ingest" ? [verb, RepoPaths.SampleArticles, "--store", store.Dir.Path] : [verb, "--store", store.Dir.Path];
            var r = await KgProcess.RunAsync(store.Dir.Path, args);
            Assert.True(r.ExitCode == 4, r.ToString());
            Assert.Contains("is a folder", r.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
        }
    }
}
