namespace BorderPost.Protection.Inbox;

/// <summary>Ages shown in lists as bands: a child's exact age and birth date stay in the details.</summary>
public static class AgeBands
{
    public static IReadOnlyList<string> Minor { get; } = ["0-5", "6-11", "12-14", "15-17"];

    public static string? Of(int age) => age switch
    {
        < 6 => "0-5",
        < 12 => "6-11",
        < 15 => "12-14",
        < 18 => "15-17",
        _ => "18+",
    };

    public static string? Of(Referral r, DateTimeOffset now)
    {
        if (r.Details is not { } d)
        {
            return null;
        }
        var age = PersonRules.AgeOn(HaitiCalendar.DayOf(now), d.Person.DateOfBirth, d.Person.EstimatedAge);
        return age is { } a ? Of(a) : d.AgeBand;
    }
}
