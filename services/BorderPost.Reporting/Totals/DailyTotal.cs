namespace BorderPost.Reporting.Totals;

/// <summary>Counts per category for one post on one Haitian day. Id: <c>OUA:2026-11-23</c>.</summary>
public sealed class DailyTotal
{
    public string Id { get; set; } = "";
    public string PostCode { get; set; } = "";
    public DateOnly Day { get; set; }
    public Dictionary<string, int> Counts { get; set; } = [];

    public static string IdFor(string postCode, DateOnly day) => $"{postCode}:{day:yyyy-MM-dd}";
}
