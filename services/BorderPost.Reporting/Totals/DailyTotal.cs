namespace BorderPost.Reporting.Totals;

/// <summary>Counts per category for one post on one Haitian day. Id: <c>OUA:2026-11-23</c>.</summary>
public sealed class DailyTotal
{
    public string Id { get; set; } = "";
    public string PostCode { get; set; } = "";
    public DateOnly Day { get; set; }
    public Dictionary<string, int> Counts { get; set; } = [];

    /// <summary>
    /// The counts about people by sex and age band, keyed <c>category|sex|ageBand</c> (<see cref="PersonKey"/>). A
    /// category's people add up to its count, except for changes recorded before people were counted this way.
    /// </summary>
    public Dictionary<string, int> People { get; set; } = [];

    public static string PersonKey(string category, string sex, string ageBand) => $"{category}|{sex}|{ageBand}";

    public static string IdFor(string postCode, DateOnly day) => $"{postCode}:{day:yyyy-MM-dd}";
}
