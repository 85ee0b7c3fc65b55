using System.Globalization;
using BorderPost.HttpApi.Protection;
using BorderPost.HttpApi.Reporting;

namespace BorderPost.Web.Pages.Hq;

/// <summary>A headline figure: the categories it adds up, and whether it is about children or victims (small numbers protected).</summary>
public sealed record Figure(string Key, Func<string, bool> Includes, bool AboutChildrenOrVictims);

/// <summary>
/// The headquarters dashboard's figures, drawn from the totals Reporting answers: headline figures, a time series per
/// figure, a comparison between posts and the referrals' acknowledgement. Small numbers stay protected: a figure about
/// children or victims over less than <see cref="MonthDays"/> days reads <c>&lt; n</c> below the threshold, and its
/// time series is drawn only at a grain where no cell is small.
/// </summary>
public static class Dashboard
{
    public const int MonthDays = 28;

    public static readonly IReadOnlyList<Figure> Figures =
    [
        new("crossings", c => c.StartsWith("crossing.", StringComparison.Ordinal), false),
        new("arrested", c => c == "arrest.persons", false),
        new("minors", c => c == "referral.minor.referred", true),
        new("victims", c => c == "referral.victim.referred", true),
        new("overdue", c => c.StartsWith("referral.", StringComparison.Ordinal) && c.EndsWith(".overdue", StringComparison.Ordinal), true),
        new("flagged", c => c is "document.suspicious" or "document.fraudulent", false),
        new("intercepted", c => c == ReportCategories.Interception, false),
        new("minorsHeld", c => c == ReportCategories.MinorCheck(MinorTravelCheckValues.Held), true),
    ];

    /// <summary>The acknowledgement steps counted per kind of referral, in the order shown.</summary>
    public static readonly IReadOnlyList<string> AcknowledgementSteps = ["acknowledged_in_time", "acknowledged_late", "overdue"];

    private static readonly string[] Kinds = ["minor", "victim"];

    /// <summary>A figure over the whole period and the chosen posts.</summary>
    public static Bar Headline(Figure figure, string label, IReadOnlyList<TotalsRow> rows, int periodDays, int threshold) =>
        Summed(label, rows.Where(r => figure.Includes(r.Category)).Sum(r => r.Count), figure.AboutChildrenOrVictims, periodDays, threshold);

    /// <summary>One bar per period of the grouping; null when a cell of a figure about children or victims is small.</summary>
    public static IReadOnlyList<Bar>? Series(Figure figure, IReadOnlyList<TotalsRow> rows)
    {
        var included = rows.Where(r => figure.Includes(r.Category)).ToList();
        if (included.Any(r => r.Small))
        {
            return null;
        }
        return included.GroupBy(r => (r.Day, r.Period)).OrderBy(g => g.Key.Day)
            .Select(g => new Bar(g.Key.Period, g.Sum(r => r.Count))).ToList();
    }

    /// <summary>One bar per post (rows grouped by post): small where Reporting marked the post's count small.</summary>
    public static IReadOnlyList<Bar> ByPost(Figure figure, IReadOnlyList<TotalsRow> byPost, IEnumerable<string> posts) =>
        posts.Select(post =>
        {
            var cells = byPost.Where(r => r.Post == post && figure.Includes(r.Category)).ToList();
            return new Bar($"{Posts.Name.GetValueOrDefault(post, post)} ({post})", cells.Sum(r => r.Count), cells.Any(r => r.Small));
        }).ToList();

    /// <summary>Per kind of referral: acknowledged in time, late, and raised overdue, over the period and the chosen posts.</summary>
    public static IReadOnlyList<(string Kind, IReadOnlyList<Bar> Steps)> Acknowledgement(IReadOnlyList<TotalsRow> rows, int periodDays, int threshold) =>
        Kinds.Select(kind => (kind, (IReadOnlyList<Bar>)AcknowledgementSteps
            .Select(step => Summed(step, rows.Where(r => r.Category == $"referral.{kind}.{step}").Sum(r => r.Count), true, periodDays, threshold))
            .ToList())).ToList();

    private static Bar Summed(string label, int count, bool protectedFigure, int periodDays, int threshold) =>
        new(label, count, protectedFigure && periodDays < MonthDays && count > 0 && count < threshold);

    /// <summary>Minutes as <c>45 min</c> or <c>26 h 05</c>.</summary>
    public static string Duration(int minutes) =>
        minutes < 60
            ? string.Create(CultureInfo.InvariantCulture, $"{minutes} min")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} h {minutes % 60:00}");

    public static string Shown(Bar bar, int threshold) =>
        bar.Small ? $"< {threshold.ToString(CultureInfo.InvariantCulture)}" : bar.Value.ToString("N0", CultureInfo.InvariantCulture);
}
