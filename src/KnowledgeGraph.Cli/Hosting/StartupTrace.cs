using System.Diagnostics;
using System.Globalization;

namespace KnowledgeGraph.Cli.Hosting;

/// <summary>
/// Where start-up goes: with <c>KG_STARTUP_TRACE=1</c> in the environment each step of a verb's start-up (command line
/// parsed, configuration assembled, host built, settings checked, lexicons loaded, first and last article written) writes
/// one line to standard error: milliseconds since the process started, CPU milliseconds the process has used so far, the
/// step and its thread. Without the variable a step costs one test of a static field.
/// </summary>
public static class StartupTrace
{
    public const string Variable = "KG_STARTUP_TRACE";

    private static readonly bool Enabled = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } v && v != "0";
    private static int _firstArticle;

    /// <summary>Writes <paramref name="step"/> with the time since the process started and the CPU time used, when enabled.</summary>
    public static void Mark(string step)
    {
        if (Enabled)
        {
            Write(step);
        }
    }

    /// <summary>Marks the first article of the run written, once.</summary>
    public static void FirstArticle()
    {
        if (Enabled && Interlocked.Exchange(ref _firstArticle, 1) == 0)
        {
            Write("first-article-written");
        }
    }

    private static void Write(string step)
    {
        using var process = Process.GetCurrentProcess();
        var wall = (DateTime.Now - process.StartTime).TotalMilliseconds;
        var cpu = process.TotalProcessorTime.TotalMilliseconds;
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"startup {wall,7:F0} ms  cpu {cpu,7:F0} ms  {step} [{Thread.CurrentThread.Name ?? Environment.CurrentManagedThreadId.ToString(CultureInfo.InvariantCulture)}]"));
    }
}
