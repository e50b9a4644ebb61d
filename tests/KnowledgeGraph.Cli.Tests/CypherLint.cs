using System.Diagnostics;
using System.Text.Json;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// Runs <c>tests/cypher-lint/lint.mjs</c>: Neo4j's own Cypher front end (npm <c>@neo4j-cypher/language-support</c>,
/// installed by <c>npm ci</c> in that folder, which <c>.ci/run</c> does) over a job of statements and a schema.
/// </summary>
internal static class CypherLint
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "cypher-lint");

    /// <summary>Why the lint cannot run here, or null when Node and the installed package are present.</summary>
    public static string? Missing { get; } = FindMissing();

    /// <summary>Writes the job, runs the lint, returns its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(object job, string workDirectory)
    {
        var jobPath = Path.Combine(workDirectory, "cypher-lint-job.json");
        await File.WriteAllTextAsync(jobPath, JsonSerializer.Serialize(job));
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("lint.mjs");
        start.ArgumentList.Add(jobPath);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string? FindMissing()
    {
        var node = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "node"))
            .FirstOrDefault(File.Exists);
        if (node is null)
        {
            return "node is not on PATH: install Node.js (apt-get install -y nodejs npm), then run `npm ci` in tests/cypher-lint; .ci/run does both.";
        }

        return File.Exists(Path.Combine(Folder, "node_modules", "@neo4j-cypher", "language-support", "package.json"))
            ? null
            : "the Cypher lint's npm packages are not installed: run `npm ci` in tests/cypher-lint (.ci/run does).";
    }
}

/// <summary>A fact skipped, with the reason, where Node or the lint's npm packages are missing.</summary>
public sealed class CypherLintFactAttribute : FactAttribute
{
    public CypherLintFactAttribute()
    {
        if (CypherLint.Missing is { } reason)
        {
            Skip = reason;
        }
    }
}
