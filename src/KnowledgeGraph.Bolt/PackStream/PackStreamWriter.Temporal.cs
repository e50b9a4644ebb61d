namespace KnowledgeGraph.Bolt.PackStream;

public sealed partial class PackStreamWriter
{
    private static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    private bool TryWriteTemporalOrSpatial(object value)
    {
        switch (value)
        {
            case DateOnly v: WriteDate(v); return true;
            case TimeOnly v: WriteLocalTime(v); return true;
            case DateTime v: WriteDateTime(v); return true;
            case DateTimeOffset v: WriteDateTimeOffset(v); return true;
            case TimeSpan v: WriteDuration(Duration.FromTimeSpan(v)); return true;
            case Duration v: WriteDuration(v); return true;
            case OffsetTime v: WriteOffsetTime(v); return true;
            case ZonedDateTime v: WriteZonedDateTime(v); return true;
            case Point v: WritePoint(v); return true;
            case Node or Relationship or Path or UnboundRelationship:
                throw new PackStreamException("Nodes, relationships and paths cannot be sent as parameters; send their ids or properties instead.");
            default: return false;
        }
    }

    public void WriteDate(DateOnly value)
    {
        WriteStructHeader(1, StructureTags.Date);
        WriteInteger(value.DayNumber - EpochDayNumber);
    }

    public void WriteLocalTime(TimeOnly value)
    {
        WriteStructHeader(1, StructureTags.LocalTime);
        WriteInteger(value.Ticks * 100);
    }

    public void WriteOffsetTime(OffsetTime value)
    {
        WriteStructHeader(2, StructureTags.Time);
        WriteInteger(value.Time.Ticks * 100);
        WriteInteger(value.OffsetSeconds);
    }

    /// <summary>UTC and local kinds are written with their offset; an unspecified kind as a LocalDateTime.</summary>
    public void WriteDateTime(DateTime value)
    {
        if (value.Kind == DateTimeKind.Unspecified)
        {
            var (seconds, nanos) = TickMath.Split(value.Ticks - DateTime.UnixEpoch.Ticks);
            WriteStructHeader(2, StructureTags.LocalDateTime);
            WriteInteger(seconds);
            WriteInteger(nanos);
            return;
        }

        WriteDateTimeOffset(new DateTimeOffset(value));
    }

    public void WriteDateTimeOffset(DateTimeOffset value)
    {
        var offsetSeconds = (long)value.Offset.TotalSeconds;
        var ticks = UseUtcDateTime ? value.UtcTicks : value.Ticks;
        var (seconds, nanos) = TickMath.Split(ticks - DateTime.UnixEpoch.Ticks);
        WriteStructHeader(3, UseUtcDateTime ? StructureTags.DateTime : StructureTags.LegacyDateTime);
        WriteInteger(seconds);
        WriteInteger(nanos);
        WriteInteger(offsetSeconds);
    }

    public void WriteZonedDateTime(ZonedDateTime value)
    {
        var ticks = UseUtcDateTime ? value.DateTime.UtcTicks : value.DateTime.Ticks;
        var (seconds, nanos) = TickMath.Split(ticks - DateTime.UnixEpoch.Ticks);
        WriteStructHeader(3, UseUtcDateTime ? StructureTags.DateTimeZoneId : StructureTags.LegacyDateTimeZoneId);
        WriteInteger(seconds);
        WriteInteger(nanos);
        WriteString(value.ZoneId);
    }

    public void WriteDuration(Duration value)
    {
        WriteStructHeader(4, StructureTags.Duration);
        WriteInteger(value.Months);
        WriteInteger(value.Days);
        WriteInteger(value.Seconds);
        WriteInteger(value.Nanoseconds);
    }

    public void WritePoint(Point value)
    {
        if (value.Z is { } z)
        {
            WriteStructHeader(4, StructureTags.Point3D);
            WriteInteger(value.Srid);
            WriteFloat(value.X);
            WriteFloat(value.Y);
            WriteFloat(z);
            return;
        }

        WriteStructHeader(3, StructureTags.Point2D);
        WriteInteger(value.Srid);
        WriteFloat(value.X);
        WriteFloat(value.Y);
    }
}
