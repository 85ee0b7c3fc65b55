using System.Globalization;
using BorderPost.HttpApi.Reporting;

namespace BorderPost.Web.Pages.Hq;

/// <summary>
/// Counts by period, post and category for the period, posts and grouping chosen (the last 30 Haitian days per post by
/// default) — never names; a supervisor sees their own post; small numbers about children and victims read <c>&lt; 5</c>.
/// </summary>
public sealed class TotalsModel(ReportsClient reports, UiText text) : ConsolePage(text)
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string GroupBy { get; set; } = TotalsGroupings.Post;

    [BindProperty(SupportsGet = true)]
    public List<string> Post { get; set; } = [];

    public IReadOnlyList<(string Period, string Post, string Category, string Code, string Count)> Rows { get; private set; } = [];

    public bool HasSmallNumbers { get; private set; }

    public int Threshold { get; private set; }

    /// <summary>The headline figures over the period and posts chosen.</summary>
    public IReadOnlyList<Bar> Headline { get; private set; } = [];

    /// <summary>Per figure, its bars per period (null: not drawn, small numbers), none when grouped by post.</summary>
    public IReadOnlyList<(string Id, string Title, IReadOnlyList<Bar>? Bars)> Series { get; private set; } = [];

    /// <summary>Per figure, its bars per post.</summary>
    public IReadOnlyList<(string Id, string Title, IReadOnlyList<Bar> Bars)> ByPost { get; private set; } = [];

    /// <summary>Per kind of referral, acknowledged in time, late, and raised overdue.</summary>
    public IReadOnlyList<(string Kind, IReadOnlyList<Bar> Steps)> Acknowledgement { get; private set; } = [];

    /// <summary>How long referrals waited to be acknowledged, per kind (no figure below the small-number threshold).</summary>
    public IReadOnlyList<AcknowledgementTimes> Waits { get; private set; } = [];

    /// <summary>While Reporting rebuilds its totals: how far it is, and from when the figures shown date.</summary>
    public string? Rebuilding { get; private set; }

    /// <summary>The same query for the CSV and XLSX exports and the links between views.</summary>
    public string Query => string.Create(CultureInfo.InvariantCulture, $"From={From:yyyy-MM-dd}&To={To:yyyy-MM-dd}&GroupBy={GroupBy}")
        + string.Concat(Post.Where(Posts.IsOfficial).Select(p => "&Post=" + p));

    /// <summary>Last month, by day and by post: the monthly report a commander prints.</summary>
    public string LastMonthQuery
    {
        get
        {
            var today = HaitiCalendar.DayOf(DateTimeOffset.UtcNow);
            var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
            return string.Create(CultureInfo.InvariantCulture, $"From={first:yyyy-MM-dd}&To={first.AddMonths(1).AddDays(-1):yyyy-MM-dd}&GroupBy=day");
        }
    }

    public async Task OnGetAsync()
    {
        Normalise();
        var posts = Post.Where(Posts.IsOfficial).ToList();
        var grouped = reports.TotalsAsync(From!.Value, To!.Value, GroupBy, posts);
        var perPost = GroupBy == TotalsGroupings.Post ? grouped : reports.TotalsAsync(From.Value, To.Value, TotalsGroupings.Post, posts);
        var result = await grouped;
        var byPost = await perPost;
        if (!result.Ok)
        {
            ShowFailure(result);
        }
        var threshold = result.Value?.SmallNumberThreshold ?? 0;
        var rows = result.Value?.Rows ?? [];
        HasSmallNumbers = rows.Any(r => r.Small);
        Threshold = threshold;
        Waits = result.Value?.Acknowledgement ?? [];
        Rebuilding = result.Value?.Rebuild is { } rebuild
            ? Text.Format("dashboard.rebuilding", rebuild.Percent, rebuild.FiguresAsOf is { } asOf ? UiText.Local(asOf) : "")
            : null;
        Draw(rows, byPost.Value?.Rows ?? [], posts.Count > 0 ? posts : Posts.Official, threshold);
        Rows = rows
            .Select(r => (r.Period, r.Post, CategoryNames.Of(r.Category, Text), r.Category,
                r.Small ? $"< {threshold}" : r.Count.ToString(CultureInfo.InvariantCulture)))
            .ToList();
    }

    /// <summary>The table as CSV with its HXL row, as Reporting writes it (small numbers shown as <c>&lt; 5</c>).</summary>
    public Task<IActionResult> OnGetCsvAsync() => DownloadAsync("csv");

    /// <summary>The table as an Excel workbook, as Reporting writes it.</summary>
    public Task<IActionResult> OnGetXlsxAsync() => DownloadAsync("xlsx");

    private async Task<IActionResult> DownloadAsync(string format)
    {
        Normalise();
        var (status, content, mediaType) = await reports.TotalsFileAsync(format, From!.Value, To!.Value, GroupBy, Post.Where(Posts.IsOfficial).ToList());
        return content is null
            ? StatusCode(status)
            : File(content, mediaType ?? "application/octet-stream",
                string.Create(CultureInfo.InvariantCulture, $"borderpost-totals-{From:yyyy-MM-dd}-{To:yyyy-MM-dd}.{format}"));
    }

    private void Normalise()
    {
        To ??= HaitiCalendar.DayOf(DateTimeOffset.UtcNow);
        From ??= To.Value.AddDays(-29);
        if (!TotalsGroupings.All.Contains(GroupBy))
        {
            GroupBy = TotalsGroupings.Post;
        }
    }

    private void Draw(IReadOnlyList<TotalsRow> rows, IReadOnlyList<TotalsRow> byPost, IReadOnlyList<string> posts, int threshold)
    {
        var days = To!.Value.DayNumber - From!.Value.DayNumber + 1;
        var figures = Dashboard.Figures.Select(f => (Figure: f, Title: Text["figure." + f.Key])).ToList();
        Headline = figures.Select(f => Dashboard.Headline(f.Figure, f.Title, rows, days, threshold)).ToList();
        Series = GroupBy == TotalsGroupings.Post
            ? []
            : figures.Select(f => ("series-" + f.Figure.Key, f.Title, Dashboard.Series(f.Figure, rows))).ToList();
        ByPost = figures.Select(f => ("post-" + f.Figure.Key, f.Title, Dashboard.ByPost(f.Figure, byPost, posts))).ToList();
        Acknowledgement = Dashboard.Acknowledgement(byPost, days, threshold);
    }
}
