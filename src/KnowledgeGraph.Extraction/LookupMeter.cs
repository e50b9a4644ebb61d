namespace KnowledgeGraph.Extraction;

/// <summary>
/// Counts, per thread, the entries that document-wide look-ups examine (earlier mentions of an
/// entity, groups of a person, named bodies, evidence of a relationship). Tests compare the count
/// for a text and for the same kind of text four times as long: linear look-ups give about four
/// times as many, a scan of everything per mention gives sixteen. It costs one increment.
/// </summary>
internal static class LookupMeter
{
    [ThreadStatic]
    private static long t_count;

    public static long Count => t_count;

    public static void Add(int entries = 1) => t_count += entries;

    public static void Reset() => t_count = 0;
}
