using System.Diagnostics;
using KnowledgeGraph.Cli.Pipeline;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Progress of a long run on standard error: on a terminal, a bar redrawn in place with counts
/// and rate; when standard error is redirected, a plain line every few seconds and one at the end.
/// </summary>
public sealed class ProgressReporter : IDisposable
{
    private const int BarWidth = 30;
    private readonly string _what;
    private readonly int _total;
    private readonly bool _interactive;
    private readonly TextWriter _out;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastReport = TimeSpan.FromDays(-1); // the first call always draws
    private bool _lineOpen;

    public ProgressReporter(string what, int total, bool interactive, TextWriter output)
    {
        _what = what;
        _total = total;
        _interactive = interactive;
        _out = output;
    }

    public static ProgressReporter Create(string what, int total) => new(what, total, !Console.IsErrorRedirected, Console.Error);

    public void Advance(IngestTally tally)
    {
        var now = _clock.Elapsed;
        var every = _interactive ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(5);
        if (now - _lastReport < every && tally.Read < _total)
        {
            return;
        }

        _lastReport = now;
        if (_interactive)
        {
            _out.Write("\r" + Line(tally) + "  ");
            _lineOpen = true;
        }
        else if (tally.Read < _total)
        {
            _out.WriteLine(Line(tally));
        }
    }

    /// <summary>Writes an error line without breaking the progress bar.</summary>
    public void Error(string line)
    {
        CloseLine();
        _out.WriteLine(line);
    }

    /// <summary>The last report: the bar closed on a terminal, one plain line otherwise.</summary>
    public void Done(IngestTally tally)
    {
        if (_interactive)
        {
            _out.Write("\r" + Line(tally) + "  ");
            _lineOpen = true;
            CloseLine();
        }
        else
        {
            _out.WriteLine(Line(tally));
        }
    }

    public void Dispose() => CloseLine();

    /// <summary>e.g. "ingest [##########--------------------] 120/360 33% · 118 stored, 2 skipped, 0 failed · 41.2/s".</summary>
    public string Line(IngestTally tally)
    {
        var fraction = _total == 0 ? 1 : Math.Clamp(tally.Read / (double)_total, 0, 1);
        var filled = (int)Math.Round(fraction * BarWidth);
        var rate = tally.Read / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        return $"{_what} [{new string('#', filled)}{new string('-', BarWidth - filled)}] {tally.Read}/{_total} {fraction * 100:0}%"
            + " · " + KnowledgeGraph.Texts.Messages.Current.ProgressCounts(tally.Stored, tally.Skipped, tally.Failed, rate);
    }

    private void CloseLine()
    {
        if (_lineOpen)
        {
            _out.WriteLine();
            _lineOpen = false;
        }
    }
}
