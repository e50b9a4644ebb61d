using System.Diagnostics;
using KnowledgeGraph.Cli.Pipeline;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Progress of a long run: an updating line with counts and rate on a terminal, a plain log line
/// every few seconds when standard error is redirected.
/// </summary>
public sealed class ProgressReporter : IDisposable
{
    private readonly string _what;
    private readonly bool _interactive;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastReport = TimeSpan.Zero;
    private bool _lineOpen;

    private ProgressReporter(string what, bool interactive)
    {
        _what = what;
        _interactive = interactive;
    }

    public static ProgressReporter Create(string what) => new(what, !Console.IsErrorRedirected);

    public void Advance(IngestTally tally)
    {
        var now = _clock.Elapsed;
        var every = _interactive ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(5);
        if (now - _lastReport < every)
        {
            return;
        }

        _lastReport = now;
        var rate = tally.Read / Math.Max(now.TotalSeconds, 0.001);
        var line = $"{_what}: {tally.Read} read, {tally.Stored} stored, {tally.Skipped} skipped, {tally.Failed} failed ({rate:0.0}/s)";
        if (_interactive)
        {
            Console.Error.Write("\r" + line.PadRight(Math.Max(line.Length, 60)));
            _lineOpen = true;
        }
        else
        {
            Console.Error.WriteLine(line);
        }
    }

    /// <summary>Writes an error line without breaking the progress line.</summary>
    public void Error(string line)
    {
        CloseLine();
        Console.Error.WriteLine(line);
    }

    public void Done() => CloseLine();

    public void Dispose() => CloseLine();

    private void CloseLine()
    {
        if (_lineOpen)
        {
            Console.Error.WriteLine();
            _lineOpen = false;
        }
    }
}
