using System.Diagnostics;
using System.Text;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>Runs the real kg program (kg.dll beside the tests) in a working directory of its own.</summary>
internal static class KgProcess
{
    public static string KgDll => Path.Combine(AppContext.BaseDirectory, "kg.dll");

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(KgDll);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        // Configuration of the machine running the tests must not leak in.
        psi.Environment.Remove("Neo4j__Uri");
        psi.Environment.Remove("Neo4j__Password");
        // English unless a test asks otherwise: the messages follow the culture.
        psi.Environment["LANG"] = "C.UTF-8";
        psi.Environment.Remove("LC_ALL");
        psi.Environment.Remove("LC_MESSAGES");
        // No JIT profiles in the home of the machine running the tests (JitProfileTests turns them on in a folder of its own).
        psi.Environment["KG_JIT_PROFILE"] = "off";
        psi.Environment.Remove("KG_STARTUP_TRACE");
        return psi;
    }

    public static Task<KgResult> RunAsync(string workingDirectory, params string[] args) => RunAsync(StartInfo(workingDirectory, args));

    /// <summary>Runs kg with <paramref name="lang"/> as the LANG of its environment.</summary>
    public static Task<KgResult> RunWithLangAsync(string lang, string workingDirectory, params string[] args)
    {
        var psi = StartInfo(workingDirectory, args);
        psi.Environment["LANG"] = lang;
        return RunAsync(psi);
    }

    /// <summary>Runs kg with <paramref name="environment"/> added to its environment.</summary>
    public static Task<KgResult> RunWithEnvironmentAsync(IReadOnlyDictionary<string, string> environment, string workingDirectory, params string[] args)
    {
        var psi = StartInfo(workingDirectory, args);
        foreach (var (name, value) in environment)
        {
            psi.Environment[name] = value;
        }

        return RunAsync(psi);
    }

    public static async Task<KgResult> RunAsync(ProcessStartInfo start)
    {
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await p.WaitForExitAsync(timeout.Token);
        return new KgResult(p.ExitCode, await stdout, await stderr);
    }
}

internal sealed record KgResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>A temporary working directory, removed at the end.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Where the repository's sample articles and the shared folder are.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleArticles => Path.Combine(Root, "graph-seeds", "articles");

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SeedArticle => Path.Combine(Shared, "seed-articles", "kazykhan-washington.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs ../shared beside the repository; skipped with a message where it is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (!Directory.Exists(RepoPaths.Shared))
        {
            Skip = $"needs the shared folder at {RepoPaths.Shared} (seed article and gold), which is absent here";
        }
    }
}

/// <summary>Distinct articles made from our samples, for tests that need many.</summary>
internal static class Samples
{
    /// <summary>Writes <paramref name="count"/> articles: the samples in turn, each with a numbered line added.</summary>
    public static void WriteVariants(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var samples = Directory.GetFiles(RepoPaths.SampleArticles, "*.txt").Order(StringComparer.Ordinal).Select(System.IO.File.ReadAllText).ToList();
        for (var i = 0; i < count; i++)
        {
            System.IO.File.WriteAllText(Path.Combine(folder, $"variant-{i:D5}.txt"), samples[i % samples.Count] + $"\nВыпуск {i}.\n");
        }
    }
}
