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

    public async Task OnGetAsync()
    {
        To ??= HaitiCalendar.DayOf(DateTimeOffset.UtcNow);
        From ??= To.Value.AddDays(-29);
        if (!TotalsGroupings.All.Contains(GroupBy))
        {
            GroupBy = TotalsGroupings.Post;
        }
        var result = await reports.TotalsAsync(From.Value, To.Value, GroupBy, Post.Where(Posts.IsOfficial).ToList());
        if (!result.Ok)
        {
            ShowFailure(result);
        }
        var threshold = result.Value?.SmallNumberThreshold ?? 0;
        var rows = result.Value?.Rows ?? [];
        HasSmallNumbers = rows.Any(r => r.Small);
        Rows = rows
            .Select(r => (r.Period, r.Post, CategoryNames.Of(r.Category, Text), r.Category,
                r.Small ? $"< {threshold}" : r.Count.ToString(CultureInfo.InvariantCulture)))
            .ToList();
    }
}
