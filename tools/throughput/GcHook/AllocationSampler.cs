using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Text;

/// <summary>
/// Sums the runtime's GCAllocationTick events (about one per 100 KB allocated; the GC keyword at the verbose level) by
/// the type of the object that crossed the mark: a sampled histogram of what the program allocates, for finding
/// allocations to cut. Strings and arrays are split by the size of the sampled object (a tick falls on an object with a
/// chance that grows with its size, so each class's share is its share of the bytes). No stacks: combine it with reading the code.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is { } n && n.StartsWith("GCAllocationTick", StringComparison.Ordinal) && eventData.PayloadNames is not null && eventData.Payload is not null)
        {
            var type = EventFields.Text(eventData, "TypeName");
            var amount = EventFields.Number(eventData, EventFields.Has(eventData, "AllocationAmount64") ? "AllocationAmount64" : "AllocationAmount");
            if (EventFields.Has(eventData, "ObjectSize") && (type == "System.String" || type.EndsWith(']')))
            {
                // strings and arrays by size class: one text of an article and many short names are cut differently
                type += SizeClass(EventFields.Number(eventData, "ObjectSize"));
            }

            _bytes.AddOrUpdate(type, amount, (_, sum) => sum + amount);
        }
    }

    private static string SizeClass(long bytes) => bytes switch
    {
        < 64 => " (<64 B)",
        < 256 => " (<256 B)",
        < 1024 => " (<1 KB)",
        < 8192 => " (<8 KB)",
        _ => " (8 KB+)",
    };

    /// <summary>The types that crossed most bytes, largest first, one a line.</summary>
    public string Report(int top)
    {
        var total = _bytes.Values.Sum();
        var text = new StringBuilder();
        foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(top))
        {
            text.Append(CultureInfo.InvariantCulture, $"kg-alloc: {bytes / 1024.0 / 1024.0,8:0.0} MiB {100.0 * bytes / Math.Max(1, total),5:0.0}% {type}\n");
        }

        return text.ToString();
    }
}
