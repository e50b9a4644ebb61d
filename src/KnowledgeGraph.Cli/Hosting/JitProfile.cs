using System.Runtime;
using System.Text;

namespace KnowledgeGraph.Cli.Hosting;

/// <summary>
/// Compiling methods ahead on a second core (the runtime's multi-core JIT, <see cref="ProfileOptimization"/>): each run
/// records which methods it compiled, in order, and the next run of the same verb compiles them on a background thread
/// while the first thread is still building the host, loading lexicons or extracting the first article. The first
/// article of a run otherwise compiles some 700 methods on one thread while the other core waits. The profile only decides
/// which methods are compiled early, never what they do: output is the same with or without it.
/// <para>
/// Profiles live in <c>$XDG_CACHE_HOME/kg/jit</c> (else <c>~/.cache/kg/jit</c>), or the folder <c>KG_JIT_PROFILE</c> names;
/// <c>KG_JIT_PROFILE=off</c> turns it off. A folder per build (a hash of the runtime version and of the name, size and
/// time of every assembly beside the program), so a rebuilt kg never plays an older build's profile. Each process
/// records into a file of its own (<c>VERB.PID.jitprofile</c>, written by the runtime at exit); the next process makes the
/// newest finished one the verb's profile (<c>VERB.jitprofile</c>, by rename) and plays a copy of it, so processes running
/// at once never write the same file. Any failure (no home, a read-only folder) leaves the profile off, never the verb.
/// </para>
/// <para>
/// A user's first run has no profile of its own yet: it plays the one the Release build recorded for the verb
/// (<c>jit/VERB.jitprofile</c> beside the program, made by a training run of the built program over the sample articles,
/// see the Cli project's <c>TrainJitProfile</c> target), and records its own as every run does.
/// </para>
/// </summary>
public static class JitProfile
{
    public const string Variable = "KG_JIT_PROFILE";

    private const string Extension = ".jitprofile";

    /// <summary>The folder beside the program holding the profiles the build recorded, one per verb.</summary>
    public const string ShippedFolder = "jit";
    private static readonly string[] Verbs = ["ingest", "extract", "run", "lookup", "path", "export", "status", "sync", "bench"];
    private static readonly string[] NoProfile = ["--help", "-h", "-?", "--version"];

    /// <summary>Starts recording (and playing the last run's profile) for the verb <paramref name="args"/> name.</summary>
    public static void Start(string[] args)
    {
        try
        {
            if (args.Any(a => NoProfile.Contains(a, StringComparer.Ordinal))
                || Root(Environment.GetEnvironmentVariable(Variable), Environment.GetEnvironmentVariable("XDG_CACHE_HOME"), Environment.GetEnvironmentVariable("HOME")) is not { } root)
            {
                return;
            }

            var folder = Path.Combine(root, BuildKey(AppContext.BaseDirectory, Environment.Version.ToString()));
            var fresh = !Directory.Exists(folder);
            Directory.CreateDirectory(folder);
            if (fresh)
            {
                RemoveOldBuilds(root, folder, DateTime.UtcNow - TimeSpan.FromDays(7));
            }

            var verb = args.FirstOrDefault(a => Verbs.Contains(a, StringComparer.Ordinal)) ?? "run";
            var own = Prepare(folder, verb, Environment.ProcessId, IsRunning, Path.Combine(AppContext.BaseDirectory, ShippedFolder));
            ProfileOptimization.SetProfileRoot(folder);
            ProfileOptimization.StartProfile(own);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // no profile this time: it only ever saves time
        }
    }

    /// <summary>The folder of profiles: <paramref name="setting"/> (off when "off" or "0"), else under the cache folder; null when off or no home.</summary>
    internal static string? Root(string? setting, string? xdgCacheHome, string? home)
    {
        if (!string.IsNullOrEmpty(setting))
        {
            return setting is "off" or "0" ? null : setting;
        }

        if (!string.IsNullOrEmpty(xdgCacheHome) && Path.IsPathRooted(xdgCacheHome))
        {
            return Path.Combine(xdgCacheHome, "kg", "jit");
        }

        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "kg", "jit");
    }

    /// <summary>A name for this build: hex of a hash of <paramref name="runtime"/> and the name, size and write time of every assembly in <paramref name="programFolder"/>.</summary>
    internal static string BuildKey(string programFolder, string runtime)
    {
        var text = new StringBuilder(runtime);
        foreach (var file in new DirectoryInfo(programFolder).GetFiles("*.dll").OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            text.Append('|').Append(file.Name).Append(':').Append(file.Length).Append(':').Append(file.LastWriteTimeUtc.Ticks);
        }

        // FNV-1a, 64 bits: a name, not a secret (and no cryptography library loaded at start-up)
        var hash = 14695981039346656037UL;
        foreach (var c in text.ToString())
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Makes the newest profile a finished process left (not <paramref name="isRunning"/>) the verb's profile, removes the
    /// older ones, copies the verb's profile (or, when there is none yet, the one in <paramref name="shipped"/>) to this
    /// process's own file and returns that file's name (in <paramref name="folder"/>).
    /// </summary>
    internal static string Prepare(string folder, string verb, int processId, Func<int, bool> isRunning, string? shipped = null)
    {
        var shared = Path.Combine(folder, verb + Extension);
        var left = new List<FileInfo>();
        foreach (var file in new DirectoryInfo(folder).GetFiles(verb + ".*" + Extension))
        {
            if (file.Name.Length <= verb.Length + 1 + Extension.Length)
            {
                continue;
            }

            var middle = file.Name[(verb.Length + 1)..^Extension.Length];
            if (int.TryParse(middle, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid)
                && pid != processId && !isRunning(pid) && file.Length > 0)
            {
                left.Add(file);
            }
        }

        var newest = left.MaxBy(f => f.LastWriteTimeUtc);
        foreach (var file in left)
        {
            try
            {
                if (file == newest)
                {
                    File.Move(file.FullName, shared, overwrite: true);
                }
                else
                {
                    file.Delete();
                }
            }
            catch (IOException)
            {
                // another process took it first
            }
        }

        var own = verb + "." + processId.ToString(System.Globalization.CultureInfo.InvariantCulture) + Extension;
        if (File.Exists(shared))
        {
            File.Copy(shared, Path.Combine(folder, own), overwrite: true);
        }
        else if (shipped is not null && Path.Combine(shipped, verb + Extension) is var built && File.Exists(built))
        {
            File.Copy(built, Path.Combine(folder, own), overwrite: true);
        }

        return own;
    }

    private static bool IsRunning(int processId) =>
        Directory.Exists("/proc") ? Directory.Exists("/proc/" + processId.ToString(System.Globalization.CultureInfo.InvariantCulture)) : ProcessExists(processId);

    private static bool ProcessExists(int processId)
    {
        try
        {
            using var p = System.Diagnostics.Process.GetProcessById(processId);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void RemoveOldBuilds(string root, string current, DateTime before)
    {
        foreach (var dir in new DirectoryInfo(root).GetDirectories())
        {
            if (!string.Equals(dir.FullName, Path.GetFullPath(current), StringComparison.Ordinal) && dir.LastWriteTimeUtc < before)
            {
                dir.Delete(recursive: true);
            }
        }
    }
}
