namespace KnowledgeGraph.Bolt;

/// <summary>
/// A date-time in a named time zone (Cypher <c>DATETIME</c> with a zone id).
/// <see cref="DateTime"/> holds the instant; its offset is the zone's offset when the zone is known to this machine, else zero.
/// </summary>
public sealed record ZonedDateTime(DateTimeOffset DateTime, string ZoneId)
{
    internal static TimeZoneInfo? FindZone(string zoneId)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>Builds the value from an instant, resolving the zone's offset when possible.</summary>
    public static ZonedDateTime FromInstant(DateTimeOffset instant, string zoneId)
    {
        var zone = FindZone(zoneId);
        return new ZonedDateTime(zone is null ? instant.ToUniversalTime() : TimeZoneInfo.ConvertTime(instant, zone), zoneId);
    }

    /// <summary>Builds the value from a wall-clock time in the zone (the legacy Bolt 4 form).</summary>
    public static ZonedDateTime FromLocal(DateTime local, string zoneId)
    {
        var zone = FindZone(zoneId);
        var unspecified = System.DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var offset = zone?.GetUtcOffset(unspecified) ?? TimeSpan.Zero;
        return new ZonedDateTime(new DateTimeOffset(unspecified, offset), zoneId);
    }
}
