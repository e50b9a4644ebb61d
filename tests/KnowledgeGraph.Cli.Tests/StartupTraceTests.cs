using KnowledgeGraph.Cli.Hosting;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>KG_STARTUP_TRACE=1 makes kg extract name each step of its start-up on standard error, in order; without it, none.</summary>
public sealed class StartupTraceTests
{
    private static readonly string[] Steps =
    [
        "main-entered", "command-line-parsed", "configuration-assembled", "host-built", "settings-checked",
        "extractor-ready", "first-article-written", "all-articles-written",
    ];

    [Fact]
    public async Task The_steps_of_start_up_are_written_in_order_only_when_asked()
    {
        using var dir = new TempDir();
        var traced = await KgProcess.RunWithEnvironmentAsync(
            new Dictionary<string, string> { [StartupTrace.Variable] = "1" }, dir.Path, "extract", RepoPaths.SampleArticles, "--out", dir.File("traced"));
        Assert.True(traced.ExitCode == 0, traced.ToString());
        var lines = traced.Stderr.Split('\n').Where(l => l.StartsWith("startup ", StringComparison.Ordinal)).ToList();
        var positions = Steps.Select(step => lines.FindIndex(l => l.Contains("  " + step + " [", StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Single(lines, l => l.Contains("first-article-written", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("lexicons-loaded [kg lexicons]", StringComparison.Ordinal));

        var quiet = await KgProcess.RunAsync(dir.Path, "extract", RepoPaths.SampleArticles, "--out", dir.File("quiet"));
        Assert.True(quiet.ExitCode == 0, quiet.ToString());
        Assert.DoesNotContain("startup ", quiet.Stderr, StringComparison.Ordinal);
    }
}
