namespace KnowledgeGraph.Bolt;

internal static class TickMath
{
    /// <summary>Splits ticks into whole seconds (floored) and a non-negative nanosecond remainder.</summary>
    public static (long Seconds, long Nanos) Split(long ticks)
    {
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds -= 1;
            remainder += TimeSpan.TicksPerSecond;
        }

        return (seconds, remainder * 100);
    }
}
