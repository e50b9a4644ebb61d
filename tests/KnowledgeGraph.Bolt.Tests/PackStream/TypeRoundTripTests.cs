using KnowledgeGraph.Bolt.PackStream;

namespace KnowledgeGraph.Bolt.Tests.PackStream;

/// <summary>Temporal, spatial and .NET parameter types: what they encode to, and that they decode back.</summary>
public class TypeRoundTripTests
{
    [Fact]
    public void Date_is_days_since_epoch()
    {
        Assert.Equal("B1440A", Hex.Encode(new DateOnly(1970, 1, 11)));
        Assert.Equal(new DateOnly(2024, 2, 29), Hex.RoundTrip(new DateOnly(2024, 2, 29)));
        Assert.Equal(new DateOnly(1900, 1, 1), Hex.RoundTrip(new DateOnly(1900, 1, 1)));
    }

    [Fact]
    public void LocalTime_is_nanoseconds_since_midnight()
    {
        Assert.Equal("B174CA3B9ACA00", Hex.Encode(new TimeOnly(0, 0, 1)));
        Assert.Equal(new TimeOnly(23, 59, 58, 123), Hex.RoundTrip(new TimeOnly(23, 59, 58, 123)));
    }

    [Fact]
    public void Time_with_offset()
    {
        var value = new OffsetTime(new TimeOnly(10, 15, 30), 3600);
        Assert.Equal(value, Hex.RoundTrip(value));
        Assert.StartsWith("B254", Hex.Encode(value), StringComparison.Ordinal);
    }

    [Fact]
    public void DateTimeOffset_uses_the_utc_form_in_bolt5_and_the_legacy_form_otherwise()
    {
        var value = new DateTimeOffset(1970, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)); // the epoch instant, +01:00
        Assert.Equal("B349" + "00" + "00" + "C90E10", Hex.Encode(value));
        Assert.Equal("B346" + "C90E10" + "00" + "C90E10", Hex.Encode(value, utc: false));
        var utc = Assert.IsType<DateTimeOffset>(Hex.RoundTrip(value));
        var legacy = Assert.IsType<DateTimeOffset>(Hex.RoundTrip(value, utc: false));
        Assert.Equal(value, utc);
        Assert.Equal(value.Offset, utc.Offset);
        Assert.Equal(value, legacy);
        Assert.Equal(value.Offset, legacy.Offset);
    }

    [Fact]
    public void DateTime_kinds()
    {
        var local = new DateTime(2024, 5, 6, 7, 8, 9, 10, DateTimeKind.Unspecified).AddTicks(1);
        Assert.StartsWith("B264", Hex.Encode(local), StringComparison.Ordinal);
        var decoded = Assert.IsType<DateTime>(Hex.RoundTrip(local));
        Assert.Equal(local, decoded);
        Assert.Equal(DateTimeKind.Unspecified, decoded.Kind);

        var utc = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        Assert.StartsWith("B349", Hex.Encode(utc), StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(utc), Hex.RoundTrip(utc));
    }

    [Fact]
    public void Dates_before_the_epoch_keep_non_negative_nanoseconds()
    {
        var value = new DateTime(1969, 12, 31, 23, 59, 59, 500, DateTimeKind.Unspecified);
        Assert.Equal("B264FFCA1DCD6500", Hex.Encode(value));
        Assert.Equal(value, Hex.RoundTrip(value));
    }

    [Fact]
    public void Zoned_date_time_keeps_instant_and_zone()
    {
        var value = ZonedDateTime.FromInstant(new DateTimeOffset(2024, 7, 1, 12, 0, 0, TimeSpan.Zero), "Europe/Paris");
        Assert.StartsWith("B369", Hex.Encode(value), StringComparison.Ordinal);
        Assert.StartsWith("B366", Hex.Encode(value, utc: false), StringComparison.Ordinal);
        Assert.Equal(value, Hex.RoundTrip(value));
        Assert.Equal(value, Hex.RoundTrip(value, utc: false));
    }

    [Fact]
    public void Durations()
    {
        Assert.Equal("B44501020304", Hex.Encode(new Duration(1, 2, 3, 4)));
        Assert.Equal(new Duration(14, 3, 7200, 5), Hex.RoundTrip(new Duration(14, 3, 7200, 5)));
        Assert.Equal(new Duration(0, 0, -2, 500_000_000), Hex.RoundTrip(TimeSpan.FromSeconds(-1.5)));
    }

    [Fact]
    public void Points()
    {
        var point2 = new Point(7203, 1.5, -2.25);
        var point3 = new Point(9157, 1, 2, 3);
        Assert.StartsWith("B358C91C23", Hex.Encode(point2), StringComparison.Ordinal);
        Assert.StartsWith("B459C923C5", Hex.Encode(point3), StringComparison.Ordinal);
        Assert.Equal(point2, Hex.RoundTrip(point2));
        Assert.Equal(point3, Hex.RoundTrip(point3));
    }

    [Fact]
    public void Dotnet_primitives_and_collections()
    {
        Assert.Equal(5L, Hex.RoundTrip((byte)5));
        Assert.Equal(-5L, Hex.RoundTrip((short)-5));
        Assert.Equal(4_000_000_000L, Hex.RoundTrip(4_000_000_000u));
        Assert.Equal(1.5, Hex.RoundTrip(1.5f));
        Assert.Equal("x", Hex.RoundTrip('x'));
        Assert.Equal(new List<object?> { "a", "b" }, Hex.RoundTrip(new[] { "a", "b" }));
        Assert.Equal(new List<object?> { 1L, 2L }, Hex.RoundTrip(new HashSet<int> { 1, 2 }));
        Assert.Equal(new List<object?> { 1L, 2L }, Hex.RoundTrip(Enumerable.Range(1, 2)));
        var map = Assert.IsType<Dictionary<string, object?>>(Hex.RoundTrip(new SortedDictionary<string, int> { ["a"] = 1 }));
        Assert.Equal(1L, map["a"]);
        Assert.Throws<PackStreamException>(() => Hex.Encode(ulong.MaxValue));
        Assert.Throws<PackStreamException>(() => Hex.Encode(new object()));
        Assert.Throws<PackStreamException>(() => Hex.Encode("\uD800"));
    }

    [Fact]
    public void Unknown_structures_are_kept_raw()
    {
        var value = Assert.IsType<PackStreamStructure>(Hex.Decode("B2 7A 01 02"));
        Assert.Equal(0x7A, value.Tag);
        Assert.Equal(new object?[] { 1L, 2L }, value.Fields);
    }
}
