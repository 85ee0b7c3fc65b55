namespace BorderPost.Reporting.Totals;

/// <summary>
/// Small numbers about children and victims are protected: at a grain finer than a month per post (by day or by ISO
/// week, or any grouping over a period shorter than <see cref="MonthDays"/> days), a count about children or victims below the threshold (<c>Reporting:SmallNumberThreshold</c>, 5 by default)
/// is shown as <c>&lt; 5</c> in the console and in exports, so that a child or a victim cannot be picked out of a small
/// cell. The counts behind it, and every total, stay exact.
/// </summary>
public static class SmallNumbers
{
    public const int DefaultThreshold = 5;

    private static readonly string[] ChildBands = ["0-5", "6-11", "12-17"];

    /// <summary>
    /// A row about children or victims: a referral of either kind, children found in a group, screenings that found a
    /// probable victim, minors' travel checks, or people in a child's age band.
    /// </summary>
    public static bool IsAboutChildrenOrVictims(TotalsRow row) =>
        row.Category.StartsWith("referral.", StringComparison.Ordinal)
        || row.Category == ReportCategories.InterceptedPerson("child")
        || row.Category == ReportCategories.Screening("probable_trafficking_victim")
        || row.Category.StartsWith("minor_check.", StringComparison.Ordinal)
        || (row.AgeBand is { } band && ChildBands.Contains(band));

    /// <summary>The shortest month: a period of fewer days is finer than a month whatever its grouping.</summary>
    public const int MonthDays = 28;

    public static bool IsFinerThanMonth(string groupBy, int periodDays) =>
        groupBy is TotalsGroupings.Day or TotalsGroupings.Week || periodDays < MonthDays;

    public static IReadOnlyList<TotalsRow> Mark(IReadOnlyList<TotalsRow> rows, string groupBy, int periodDays, int threshold) =>
        !IsFinerThanMonth(groupBy, periodDays)
            ? rows
            : [.. rows.Select(r => IsAboutChildrenOrVictims(r) && r.Count > 0 && r.Count < threshold ? r with { Small = true } : r)];

    /// <summary>The row's count as the console and exports show it: <c>&lt; 5</c> for a protected small number.</summary>
    public static string Shown(TotalsRow row, int threshold) =>
        row.Small ? $"< {threshold}" : row.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
