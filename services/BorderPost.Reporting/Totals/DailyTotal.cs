using BorderPost.Reporting.Counting;

namespace BorderPost.Reporting.Totals;

/// <summary>
/// Counts per category for one post over a period starting on <see cref="Day"/>: a Haitian day
/// (<see cref="DailyTotal"/>) or a calendar month (<see cref="MonthlyTotal"/>), folded from the same count changes.
/// </summary>
public abstract class PeriodTotal
{
    public string Id { get; set; } = "";
    public string PostCode { get; set; } = "";

    /// <summary>The period's first day.</summary>
    public DateOnly Day { get; set; }

    public Dictionary<string, int> Counts { get; set; } = [];

    /// <summary>
    /// The counts about people by sex and age band, keyed <c>category|sex|ageBand</c> (<see cref="PersonKey"/>). A
    /// category's people add up to its count, except for changes recorded before people were counted this way.
    /// </summary>
    public Dictionary<string, int> People { get; set; } = [];

    /// <summary>
    /// The minutes each referral acknowledged in the period took since it was opened, keyed by kind of referral
    /// (<c>referral.minor</c>, <c>referral.victim</c>): the median and 90th percentile come from these.
    /// </summary>
    public Dictionary<string, List<int>> AcknowledgementMinutes { get; set; } = [];

    /// <summary>
    /// The counts by a trait of the record, keyed <c>category|trait|value</c> (<see cref="TraitKey"/>): crossings by
    /// <c>nationality</c> and <c>purpose</c>, referrals by <c>agency</c>.
    /// </summary>
    public Dictionary<string, int> Traits { get; set; } = [];

    public static string PersonKey(string category, string sex, string ageBand) => $"{category}|{sex}|{ageBand}";

    public static string TraitKey(string category, string trait, string value) => $"{category}|{trait}|{value}";

    /// <summary>Folds one count change in; the caller has chosen the period it falls in.</summary>
    public void Add(CountChanged e)
    {
        PostCode = e.PostCode;
        Counts[e.Category] = Counts.GetValueOrDefault(e.Category) + e.Delta;
        if (e.Sex is not null || e.AgeBand is not null)
        {
            var key = PersonKey(e.Category, e.Sex ?? PersonBands.Unknown, e.AgeBand ?? PersonBands.Unknown);
            People[key] = People.GetValueOrDefault(key) + e.Delta;
        }
        foreach (var (trait, value) in new[] { (TotalsSplits.Nationality, e.Nationality), (TotalsSplits.Purpose, e.Purpose), (TotalsSplits.Agency, e.Agency) })
        {
            if (value is not null)
            {
                var key = TraitKey(e.Category, trait, value);
                Traits[key] = Traits.GetValueOrDefault(key) + e.Delta;
            }
        }
        if (e.Minutes is { } minutes && e.Delta > 0)
        {
            var kind = e.Category[..e.Category.LastIndexOf('.')];
            AcknowledgementMinutes[kind] = [.. AcknowledgementMinutes.GetValueOrDefault(kind) ?? [], minutes];
        }
    }
}

/// <summary>Counts per category for one post on one Haitian day. Id: <c>OUA:2026-11-23</c>.</summary>
public sealed class DailyTotal : PeriodTotal
{
    public static string IdFor(string postCode, DateOnly day) => $"{postCode}:{day:yyyy-MM-dd}";
}

/// <summary>
/// Counts per category for one post over one calendar month of Haitian days, <see cref="PeriodTotal.Day"/> its first.
/// Id: <c>OUA:2026-11</c>. Totals by month, year or post read these for the months a query covers whole.
/// </summary>
public sealed class MonthlyTotal : PeriodTotal
{
    public static string IdFor(string postCode, DateOnly day) => $"{postCode}:{day:yyyy-MM}";

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);
}
