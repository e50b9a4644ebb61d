using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Which entity's mention a span overlaps, for spans asked in text order: the mentions are sorted once and
/// a cursor only moves forward, so n questions over m mentions cost O((n + m) log m) for the sort and
/// O(n + m) for the sweep, never n × m. <see cref="Comparisons"/> counts span comparisons (tests use it to
/// catch quadratic behaviour without a timer).
/// </summary>
internal sealed class SpanSweep
{
    private readonly List<(int Start, int End, Entity Entity)> _spans;
    private int _cursor;

    public SpanSweep(IEnumerable<Entity> entities)
    {
        _spans = [];
        foreach (var e in entities)
        {
            foreach (var m in e.Mentions)
            {
                _spans.Add((m.Start, m.End, e));
            }
        }

        _spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
    }

    public long Comparisons { get; private set; }

    /// <summary>
    /// The entity with a mention overlapping [start, end), or null. Calls must come with non-decreasing
    /// <paramref name="start"/>; mentions that end before it are passed for good.
    /// </summary>
    public Entity? Overlapping(int start, int end)
    {
        while (_cursor < _spans.Count && _spans[_cursor].End <= start)
        {
            Comparisons++;
            _cursor++;
        }

        // sorted by start, the first mention not passed is the only candidate: when it starts at or after
        // the end, so does every later one
        if (_cursor < _spans.Count)
        {
            Comparisons++;
            if (_spans[_cursor].Start < end)
            {
                return _spans[_cursor].Entity;
            }
        }

        return null;
    }
}
