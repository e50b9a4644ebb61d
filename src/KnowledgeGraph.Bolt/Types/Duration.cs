using System.Globalization;

namespace KnowledgeGraph.Bolt;

/// <summary>A Cypher duration: months, days, seconds and nanoseconds are kept apart, as the server does.</summary>
public readonly record struct Duration(long Months, long Days, long Seconds, int Nanoseconds)
{
    /// <summary>Converts a <see cref="TimeSpan"/> into seconds and nanoseconds (no months or days).</summary>
    public static Duration FromTimeSpan(TimeSpan value)
    {
        var (seconds, nanos) = TickMath.Split(value.Ticks);
        return new Duration(0, 0, seconds, (int)nanos);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"P{Months}M{Days}DT{Seconds}.{Nanoseconds:D9}S");
}
