namespace KnowledgeGraph.Bolt;

/// <summary>A time of day with a UTC offset (Cypher <c>TIME</c>). Precision is 100 ns (that of <see cref="TimeOnly"/>).</summary>
public readonly record struct OffsetTime(TimeOnly Time, int OffsetSeconds)
{
    public TimeSpan Offset => TimeSpan.FromSeconds(OffsetSeconds);
}
