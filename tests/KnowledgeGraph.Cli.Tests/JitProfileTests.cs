using KnowledgeGraph.Cli.Hosting;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// The multi-core JIT profile: where it lives, that a rebuilt program gets a folder of its own, that each process plays
/// the newest profile a finished process left and records into its own file, and that kg's output is the same with it.
/// </summary>
public sealed class JitProfileTests
{
    [Theory]
    [InlineData("/p", "/x", "/h", "/p")]
    [InlineData("off", "/x", "/h", null)]
    [InlineData("0", "/x", "/h", null)]
    [InlineData(null, "/x", "/h", "/x/kg/jit")]
    [InlineData("", "relative", "/h", "/h/.cache/kg/jit")] // XDG paths must be absolute
    [InlineData(null, null, "/h", "/h/.cache/kg/jit")]
    [InlineData(null, null, null, null)]
    public void The_folder_follows_the_setting_then_the_cache_folder(string? setting, string? xdg, string? home, string? expected) =>
        Assert.Equal(expected, JitProfile.Root(setting, xdg, home));

    [Fact]
    public void A_changed_assembly_or_runtime_gives_another_build_folder()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a.dll"), "one");
        File.WriteAllText(dir.File("b.dll"), "two");
        File.WriteAllText(dir.File("notes.txt"), "not an assembly");
        var key = JitProfile.BuildKey(dir.Path, "10.0.1");
        Assert.Equal(key, JitProfile.BuildKey(dir.Path, "10.0.1"));
        Assert.NotEqual(key, JitProfile.BuildKey(dir.Path, "10.0.2"));

        File.WriteAllText(dir.File("notes.txt"), "changed, but not an assembly");
        Assert.Equal(key, JitProfile.BuildKey(dir.Path, "10.0.1"));

        File.SetLastWriteTimeUtc(dir.File("b.dll"), File.GetLastWriteTimeUtc(dir.File("b.dll")).AddSeconds(1));
        var touched = JitProfile.BuildKey(dir.Path, "10.0.1");
        Assert.NotEqual(key, touched);

        File.WriteAllText(dir.File("b.dll"), "three"); // same length, new content and time
        Assert.NotEqual(touched, JitProfile.BuildKey(dir.Path, "10.0.1"));
    }

    [Fact]
    public void The_newest_profile_of_a_finished_process_becomes_the_verbs_and_this_process_plays_a_copy()
    {
        using var dir = new TempDir();
        var now = DateTime.UtcNow;
        Write(dir, "extract.jitprofile", "shared", now.AddMinutes(-10));
        Write(dir, "extract.101.jitprofile", "older", now.AddMinutes(-5));
        Write(dir, "extract.102.jitprofile", "newest", now.AddMinutes(-1));
        Write(dir, "extract.103.jitprofile", "still running", now);
        Write(dir, "extract.104.jitprofile", string.Empty, now); // killed before anything was written
        Write(dir, "ingest.105.jitprofile", "another verb", now);

        var own = JitProfile.Prepare(dir.Path, "extract", processId: 200, isRunning: pid => pid == 103);

        Assert.Equal("extract.200.jitprofile", own);
        Assert.Equal("newest", File.ReadAllText(dir.File("extract.jitprofile")));
        Assert.Equal("newest", File.ReadAllText(dir.File(own)));
        Assert.False(File.Exists(dir.File("extract.101.jitprofile")));
        Assert.False(File.Exists(dir.File("extract.102.jitprofile")));
        Assert.Equal("still running", File.ReadAllText(dir.File("extract.103.jitprofile")));
        Assert.True(File.Exists(dir.File("extract.104.jitprofile")));
        Assert.Equal("another verb", File.ReadAllText(dir.File("ingest.105.jitprofile")));
    }

    [Fact]
    public void Without_a_profile_nothing_is_played()
    {
        using var dir = new TempDir();
        var own = JitProfile.Prepare(dir.Path, "ingest", processId: 7, isRunning: _ => false);
        Assert.Equal("ingest.7.jitprofile", own);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void A_first_run_plays_the_profile_the_build_recorded_and_a_later_run_its_own()
    {
        using var dir = new TempDir();
        var cache = dir.File("cache");
        var shipped = dir.File("jit");
        Directory.CreateDirectory(cache);
        Directory.CreateDirectory(shipped);
        File.WriteAllText(Path.Combine(shipped, "extract.jitprofile"), "built");

        var first = JitProfile.Prepare(cache, "extract", processId: 7, isRunning: _ => false, shipped);
        Assert.Equal("built", File.ReadAllText(Path.Combine(cache, first)));
        Assert.False(File.Exists(Path.Combine(cache, "extract.jitprofile")), "the build's profile is played, not made the verb's");

        File.WriteAllText(Path.Combine(cache, first), "recorded by the first run");
        var second = JitProfile.Prepare(cache, "extract", processId: 8, isRunning: _ => false, shipped);
        Assert.Equal("recorded by the first run", File.ReadAllText(Path.Combine(cache, second)));

        var otherVerb = JitProfile.Prepare(cache, "ingest", processId: 9, isRunning: _ => false, shipped);
        Assert.False(File.Exists(Path.Combine(cache, otherVerb)), "no profile for a verb the build did not record");
    }

    [Fact]
    public async Task Kg_records_a_profile_plays_it_next_time_and_writes_the_same_graphs()
    {
        using var dir = new TempDir();
        var profiles = dir.File("profiles");
        var outputs = new List<string>();
        foreach (var (run, setting) in new[] { (1, profiles), (2, profiles), (3, "off") })
        {
            var output = dir.File("out" + run);
            var r = await KgProcess.RunWithEnvironmentAsync(new Dictionary<string, string> { ["KG_JIT_PROFILE"] = setting }, dir.Path, "extract", RepoPaths.SampleArticles, "--out", output);
            Assert.True(r.ExitCode == 0, r.ToString());
            outputs.Add(string.Join("\n", Directory.GetFiles(output).Order(StringComparer.Ordinal).Select(f => Path.GetFileName(f) + "\n" + File.ReadAllText(f))));
            var build = Assert.Single(Directory.GetDirectories(profiles));
            var recorded = Directory.GetFiles(build, "extract.*.jitprofile");
            if (run == 1)
            {
                Assert.True(recorded.Length == 1 && new FileInfo(recorded[0]).Length > 0, "the first run records a profile of its own");
            }
            else if (run == 2)
            {
                Assert.True(File.Exists(Path.Combine(build, "extract.jitprofile")), "the second run takes the first run's profile as the verb's");
                Assert.Single(recorded); // its own: the first run's was renamed
            }
        }

        Assert.Equal(outputs[0], outputs[1]);
        Assert.Equal(outputs[0], outputs[2]);
    }

    [Fact]
    public async Task A_damaged_profile_changes_nothing_kg_writes()
    {
        using var dir = new TempDir();
        var profiles = dir.File("profiles");
        var environment = new Dictionary<string, string> { ["KG_JIT_PROFILE"] = profiles };
        var first = await KgProcess.RunWithEnvironmentAsync(environment, dir.Path, "extract", RepoPaths.SampleArticles, "--out", dir.File("first"));
        Assert.True(first.ExitCode == 0, first.ToString());
        var build = Assert.Single(Directory.GetDirectories(profiles));
        var recorded = File.ReadAllBytes(Assert.Single(Directory.GetFiles(build)));
        var random = new Random(13);
        foreach (var damage in new Func<byte[]>[]
        {
            () => recorded[..(recorded.Length / 2)],
            () => { var b = (byte[])recorded.Clone(); for (var i = 0; i < 200; i++) { b[random.Next(64, b.Length)] ^= 0xFF; } return b; },
            () => { var b = new byte[recorded.Length]; random.NextBytes(b); return b; },
        })
        {
            foreach (var f in Directory.GetFiles(build))
            {
                File.Delete(f);
            }

            File.WriteAllBytes(Path.Combine(build, "extract.jitprofile"), damage());
            var output = dir.File("out-" + Guid.NewGuid().ToString("N")[..8]);
            var r = await KgProcess.RunWithEnvironmentAsync(environment, dir.Path, "extract", RepoPaths.SampleArticles, "--out", output);
            Assert.True(r.ExitCode == 0, r.ToString());
            foreach (var json in Directory.GetFiles(dir.File("first")))
            {
                Assert.Equal(File.ReadAllText(json), File.ReadAllText(Path.Combine(output, Path.GetFileName(json))));
            }
        }
    }

    private static void Write(TempDir dir, string name, string text, DateTime time)
    {
        File.WriteAllText(dir.File(name), text);
        File.SetLastWriteTimeUtc(dir.File(name), time);
    }
}
