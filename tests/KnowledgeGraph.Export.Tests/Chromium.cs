using System.Diagnostics;

namespace KnowledgeGraph.Export.Tests;

/// <summary>Runs headless Chromium (the Debian package) on a local file: dump the DOM after scripts ran, or take a screenshot.</summary>
internal static class Chromium
{
    private static readonly Lazy<string?> Found = new(Find);

    public static string? Executable => Found.Value;

    public static async Task<string> DumpDomAsync(string htmlPath, string fragment = "") =>
        (await RunAsync(["--dump-dom", new Uri(htmlPath).AbsoluteUri + fragment])).StdOut;

    /// <summary>The DOM after the page's own scripts ran in real time (no virtual time, so performance.now() measures), at the screenshot's window size.</summary>
    public static async Task<string> DumpDomRealTimeAsync(string htmlPath, string fragment) =>
        (await RunAsync(["--dump-dom", "--window-size=1400,900", new Uri(htmlPath).AbsoluteUri + fragment], virtualTime: false)).StdOut;

    public static async Task ScreenshotAsync(string htmlPath, string pngPath, string fragment = "")
    {
        File.Delete(pngPath);
        var result = await RunAsync(["--screenshot=" + pngPath, "--window-size=1400,900", "--hide-scrollbars", new Uri(htmlPath).AbsoluteUri + fragment]);
        Assert.True(File.Exists(pngPath), "chromium wrote no screenshot: " + result.StdErr);
    }

    private static async Task<(string StdOut, string StdErr)> RunAsync(string[] args, bool virtualTime = true)
    {
        var profile = Directory.CreateTempSubdirectory("kg-chromium-");
        try
        {
            var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("chromium is not installed"))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile.FullName,
            }.Concat(virtualTime ? ["--virtual-time-budget=10000"] : Array.Empty<string>()).Concat(args))
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish in 120 s");
            }

            return (await stdout, await stderr);
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A helper process may still hold a file; the temp folder is cleaned by the system.
            }
        }
    }

    private static string? Find()
    {
        if (File.Exists("/usr/bin/chromium"))
        {
            return "/usr/bin/chromium";
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "chromium"))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>A fact that is skipped, with the reason, where Chromium is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null)
        {
            Skip = "chromium is not installed (neither /usr/bin/chromium nor chromium on PATH): run `apt-get install -y chromium`; .ci/run installs it.";
        }
    }
}
