namespace BorderPost.Documents;

/// <summary>The date at the border: expiry and birth dates are compared with Haiti's calendar day, not UTC's.</summary>
public static class HaitiClock
{
    private static readonly TimeZoneInfo Haiti = TimeZoneInfo.FindSystemTimeZoneById("America/Port-au-Prince");

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Haiti).DateTime);
}
