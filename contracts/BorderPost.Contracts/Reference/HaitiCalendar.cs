namespace BorderPost.Contracts.Reference;

/// <summary>Days are counted on Haiti's calendar, whatever the server's time zone.</summary>
public static class HaitiCalendar
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/Port-au-Prince");

    /// <summary>Today at the border: dates of birth and expiry are compared with Haiti's day, not UTC's.</summary>
    public static DateOnly Today(TimeProvider clock) => DayOf(clock.GetUtcNow());

    public static DateOnly DayOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The instants [start, end) that make up one Haitian day.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Bounds(DateOnly day)
    {
        var start = day.ToDateTime(TimeOnly.MinValue);
        var end = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return (new DateTimeOffset(start, Zone.GetUtcOffset(start)), new DateTimeOffset(end, Zone.GetUtcOffset(end)));
    }
}
