using System.Diagnostics;
using System.Text;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// Every shell example of the README runs, in a temporary folder holding a copy of graph-seeds/articles and a store
/// built from them, and prints something. An example is a comment line and the commands under it. Not run: the lines
/// that build or test this repository (the test run itself did that) and blocks marked
/// <c>&lt;!-- not run by the README test: reason --&gt;</c>. Examples using jq need jq (.ci/run installs it).
/// </summary>
public class ReadmeExamplesTests
{
    private const string NotRun = "<!-- not run by the README test:";

    private static readonly string[] OwnBuildSteps = ["dotnet test ", "dotnet build ", "alias kg="];

    public static List<(int Line, string Script)> Examples()
    {
        var examples = new List<(int, string)>();
        foreach (var block in ReadmeBlock.All().Where(b => b.Language == "sh" && b.Marker?.StartsWith(NotRun, StringComparison.Ordinal) != true))
        {
            var current = new StringBuilder();
            var line = block.Line;
            void Flush()
            {
                if (current.ToString().Split('\n').Any(l => l.Length > 0 && !l.StartsWith('#')))
                {
                    examples.Add((line, current.ToString()));
                }

                current.Clear();
            }

            foreach (var (text, i) in block.Lines.Select((t, i) => (t, i)))
            {
                if (text.StartsWith("# ", StringComparison.Ordinal))
                {
                    Flush();
                    line = block.Line + i + 1;
                }

                if (OwnBuildSteps.Any(s => text.StartsWith(s, StringComparison.Ordinal)))
                {
                    continue;
                }

                current.Append(text.Replace("dotnet run --project src/KnowledgeGraph.Cli -- ", "kg ", StringComparison.Ordinal)).Append('\n');
            }

            Flush();
        }

        return examples;
    }

    [Fact]
    public void The_readme_has_examples_and_every_block_left_out_says_why()
    {
        Assert.True(Examples().Count >= 5, "the README's shell examples were not found");
        Assert.All(
            ReadmeBlock.All().Where(b => b.Marker?.StartsWith(NotRun, StringComparison.Ordinal) == true),
            b => Assert.True(b.Marker!.Length > NotRun.Length + 10, $"README line {b.Line}: a block left out without a reason"));
    }

    [Fact]
    public Task Every_example_without_jq_runs_and_prints() => RunAll(jq: false);

    [JqFact]
    public Task Every_jq_example_runs_and_prints() => RunAll(jq: true);

    private static async Task RunAll(bool jq)
    {
        var chosen = Examples().Where(e => e.Script.Contains("jq ", StringComparison.Ordinal) == jq).ToList();
        Assert.NotEmpty(chosen);
        using var dir = new TempDir();
        CopyFolder(RepoPaths.SampleArticles, Path.Combine(dir.Path, "graph-seeds", "articles"));
        Assert.Equal(0, (await KgProcess.RunAsync(dir.Path, "ingest", "graph-seeds/articles")).ExitCode);

        var failures = new List<string>();
        foreach (var (line, script) in chosen)
        {
            var (code, stdout, stderr) = await Bash(dir.Path, script);
            if (code != 0 || string.IsNullOrWhiteSpace(stdout))
            {
                failures.Add($"README line {line}: exit {code}, {(string.IsNullOrWhiteSpace(stdout) ? "no output" : "output")}\n{script}--- stdout\n{stdout}--- stderr\n{stderr}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Bash(string dir, string script)
    {
        var psi = KgProcess.StartInfo(dir);
        psi.FileName = "bash";
        psi.ArgumentList.Clear();
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("set -eo pipefail\nkg() { dotnet \"$KG_DLL\" \"$@\"; }\n" + script);
        psi.Environment["KG_DLL"] = KgProcess.KgDll;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await p.WaitForExitAsync(timeout.Token);
        return (p.ExitCode, await stdout, await stderr);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}

/// <summary>A test that needs jq; skipped with the way to install it when jq is not on PATH.</summary>
public sealed class JqFactAttribute : FactAttribute
{
    public JqFactAttribute()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(d => d.Length > 0 && File.Exists(Path.Combine(d, "jq")));
        if (!found)
        {
            Skip = "jq is not installed: run `apt-get install -y jq` (.ci/run installs it); the README's jq examples were not run.";
        }
    }
}
