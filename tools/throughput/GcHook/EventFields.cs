using System.Diagnostics.Tracing;
using System.Globalization;

/// <summary>Fields of a runtime event by name (the payload's names and values come as two lists): what both listeners read.</summary>
internal static class EventFields
{
    /// <summary>The number in field <paramref name="name"/>, 0 when the event has no such field.</summary>
    public static long Number(EventWrittenEventArgs e, string name)
    {
        var i = e.PayloadNames?.IndexOf(name) ?? -1;
        return i >= 0 && e.Payload?[i] is { } v ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>Whether the event has field <paramref name="name"/>.</summary>
    public static bool Has(EventWrittenEventArgs e, string name) => e.PayloadNames?.Contains(name) == true;

    /// <summary>The text in field <paramref name="name"/>, "?" when there is none.</summary>
    public static string Text(EventWrittenEventArgs e, string name)
    {
        var i = e.PayloadNames?.IndexOf(name) ?? -1;
        return i >= 0 && e.Payload?[i] is string s ? s : "?";
    }
}
