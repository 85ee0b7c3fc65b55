namespace BorderPost.HttpApi.Reporting;

/// <summary>
/// One count: a post, the first Haitian day of the row's period, a category code (<c>crossing.entry</c>,
/// <c>referral.minor.referred</c>, …) and the period it covers (<c>2026-11-23</c>, <c>2026-W48</c>, <c>2026-11</c>,
/// <c>2026</c>, or <c>2026-01-01/2026-12-31</c> for the whole period). With <c>by=sex,ageBand</c>, a count about people
/// is split by <paramref name="Sex"/> (<c>F</c>, <c>M</c>, <c>unknown</c>) and <paramref name="AgeBand"/> (<c>0-5</c>,
/// <c>6-11</c>, <c>12-17</c>, <c>18-59</c>, <c>60+</c>, <c>unknown</c>); both are null when not split.
/// <paramref name="Small"/> marks a count about children or victims below the small-number threshold at a grain finer
/// than a month: the console and exports show it as <c>&lt; 5</c>.
/// With <c>by=nationality</c> or <c>by=purpose</c>, crossings are split by the traveller's nationality (ISO 3166-1
/// alpha-3) or the crossing's purpose; with <c>by=agency</c>, referrals by the agency they were sent to; other counts are
/// not split, and what no split accounts for is <c>unknown</c>.
/// </summary>
public sealed record TotalsRow(string Post, DateOnly Day, string Category, int Count, string Period, string? Sex = null, string? AgeBand = null,
    bool Small = false, string? Nationality = null, string? Purpose = null, string? Agency = null);

/// <summary>
/// Counts only, never names, for a period (both days included), grouped by <see cref="GroupBy"/>; <see cref="Total"/> is
/// exact whatever is shown as a small number. While the totals are being rebuilt from the events, <see cref="Rebuild"/>
/// says how far the rebuild is and the figures are those kept from before it began.
/// </summary>
public sealed record TotalsResponse(DateOnly From, DateOnly To, IReadOnlyList<TotalsRow> Rows, int Total, string GroupBy,
    int SmallNumberThreshold, IReadOnlyList<AcknowledgementTimes>? Acknowledgement = null, RebuildStatus? Rebuild = null);

/// <summary>
/// Referrals of <paramref name="Kind"/> (<c>minor</c>, <c>victim</c>) acknowledged in the period at the posts asked,
/// and the minutes they waited since they were opened: median and 90th percentile (nearest rank). Both are null below
/// the small-number threshold, so that one person's wait is never read off a small group.
/// </summary>
public sealed record AcknowledgementTimes(string Kind, int Acknowledged, int? MedianMinutes, int? P90Minutes);

/// <summary>The groupings of <c>GET /api/reports/totals?groupBy=</c>.</summary>
public static class TotalsGroupings
{
    public const string Day = "day";
    public const string Week = "week";
    public const string Month = "month";
    public const string Year = "year";
    public const string Post = "post";

    public static readonly IReadOnlyList<string> All = [Day, Week, Month, Year, Post];
}

/// <summary>The splits of <c>GET /api/reports/totals?by=</c> for counts about people.</summary>
public static class TotalsSplits
{
    public const string Sex = "sex";
    public const string AgeBand = "ageBand";
    public const string Nationality = "nationality";
    public const string Purpose = "purpose";
    public const string Agency = "agency";

    public static readonly IReadOnlyList<string> All = [Sex, AgeBand, Nationality, Purpose, Agency];

    /// <summary>The splits by a trait of the record rather than of the person: one at a time, never with sex or age band.</summary>
    public static readonly IReadOnlyList<string> Traits = [Nationality, Purpose, Agency];
}

/// <summary>The referral steps headquarters counts: <c>referral.&lt;kind&gt;.&lt;step&gt;</c>.</summary>
public static class ReferralSteps
{
    public static readonly IReadOnlyList<string> All = ["referred", "acknowledged_in_time", "acknowledged_late", "overdue"];
}
