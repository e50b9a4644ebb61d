namespace KnowledgeGraph.Bolt.PackStream;

/// <summary>Decodes the temporal structures (both the Bolt 5 UTC date-time forms and the legacy Bolt 4 forms).</summary>
internal static class TemporalDecoder
{
    private static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    public static object? TryDecode(Fields f)
    {
        switch (f.Tag)
        {
            case StructureTags.Date:
                f.Expect(1, 1);
                return DateOnly.FromDayNumber(checked((int)(EpochDayNumber + f.Long(0))));
            case StructureTags.LocalTime:
                f.Expect(1, 1);
                return new TimeOnly(f.Long(0) / 100);
            case StructureTags.Time:
                f.Expect(2, 2);
                return new OffsetTime(new TimeOnly(f.Long(0) / 100), (int)f.Long(1));
            case StructureTags.LocalDateTime:
                f.Expect(2, 2);
                return DateTime.SpecifyKind(EpochPlus(f.Long(0), f.Long(1)), DateTimeKind.Unspecified);
            case StructureTags.DateTime:
                f.Expect(3, 3);
                return WithOffset(new DateTimeOffset(EpochPlus(f.Long(0), f.Long(1)), TimeSpan.Zero), f.Long(2));
            case StructureTags.LegacyDateTime:
                f.Expect(3, 3);
                return WithOffset(new DateTimeOffset(EpochPlus(f.Long(0) - f.Long(2), f.Long(1)), TimeSpan.Zero), f.Long(2));
            case StructureTags.DateTimeZoneId:
                f.Expect(3, 3);
                return ZonedDateTime.FromInstant(new DateTimeOffset(EpochPlus(f.Long(0), f.Long(1)), TimeSpan.Zero), f.String(2));
            case StructureTags.LegacyDateTimeZoneId:
                f.Expect(3, 3);
                return ZonedDateTime.FromLocal(EpochPlus(f.Long(0), f.Long(1)), f.String(2));
            case StructureTags.Duration:
                f.Expect(4, 4);
                return new Duration(f.Long(0), f.Long(1), f.Long(2), (int)f.Long(3));
            default:
                return null;
        }
    }

    private static DateTime EpochPlus(long seconds, long nanos) =>
        DateTime.UnixEpoch.AddTicks(checked(seconds * TimeSpan.TicksPerSecond + nanos / 100));

    /// <summary>Converts a UTC instant to the given offset; offsets that are not whole minutes stay in UTC (DateTimeOffset limitation).</summary>
    private static DateTimeOffset WithOffset(DateTimeOffset utc, long offsetSeconds) =>
        offsetSeconds % 60 == 0 ? utc.ToOffset(TimeSpan.FromSeconds(offsetSeconds)) : utc;
}
