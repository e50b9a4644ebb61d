using System.Diagnostics;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>A small tmpfs mounted for one test (a full disk, a read-only medium); needs root.</summary>
internal sealed class Tmpfs : IDisposable
{
    public Tmpfs(string sizeOption)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-tmpfs-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
        Run("mount", "-t", "tmpfs", "-o", "size=" + sizeOption, "tmpfs", Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void MakeReadOnly() => Run("mount", "-o", "remount,ro", Path);

    public void Dispose()
    {
        Run("umount", "-l", Path);
        Directory.Delete(Path);
    }

    private static void Run(string program, params string[] args)
    {
        using var p = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)}: {error}");
        }
    }
}

/// <summary>A fact that mounts a tmpfs: skipped with a message where the tests do not run as root.</summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (Environment.UserName != "root" || !System.IO.File.Exists("/bin/mount"))
        {
            Skip = "needs root and mount (a tmpfs stands for a full disk or a read-only medium)";
        }
    }
}
