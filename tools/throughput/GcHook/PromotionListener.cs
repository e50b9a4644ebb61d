using System.Diagnostics.Tracing;

/// <summary>
/// Sums the bytes each collection promoted out of generations 0 and 1, from the runtime's GCHeapStats events (the GC
/// keyword at the informational level: a few events a collection, none per allocation).
/// </summary>
internal sealed class PromotionListener : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private long _gen0;
    private long _gen1;
    private long _blockingTicks;
    private DateTime _started;
    private bool _blocking;

    public long Gen0 => Interlocked.Read(ref _gen0);

    public long Gen1 => Interlocked.Read(ref _gen1);

    /// <summary>Time spent inside blocking collections (GCStart to GCEnd of all but background ones): the pause without the suspension.</summary>
    public TimeSpan InBlockingCollections => TimeSpan.FromTicks(Interlocked.Read(ref _blockingTicks));

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Informational, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        // Events come one at a time from the runtime's session thread, in order.
        if (eventData.EventName is { } n && n.StartsWith("GCStart", StringComparison.Ordinal) && eventData.PayloadNames is not null && eventData.Payload is not null)
        {
            _blocking = EventFields.Number(eventData, "Type") != 1; // 1: a background collection, which runs beside the program
            _started = eventData.TimeStamp;
        }
        else if (eventData.EventName is { } e && e.StartsWith("GCEnd", StringComparison.Ordinal) && _blocking)
        {
            Interlocked.Add(ref _blockingTicks, (eventData.TimeStamp - _started).Ticks);
            _blocking = false;
        }

        if (eventData.EventName is { } name && name.StartsWith("GCHeapStats", StringComparison.Ordinal))
        {
            Interlocked.Add(ref _gen0, EventFields.Number(eventData, "TotalPromotedSize0"));
            Interlocked.Add(ref _gen1, EventFields.Number(eventData, "TotalPromotedSize1"));
        }
    }
}
