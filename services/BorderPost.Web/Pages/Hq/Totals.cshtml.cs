using BorderPost.HttpApi.Reporting;

namespace BorderPost.Web.Pages.Hq;

/// <summary>Counts by post and category over the last 30 Haitian days — never names (a supervisor sees their post).</summary>
public sealed class TotalsModel(ReportsClient reports, UiText text) : ConsolePage(text)
{
    /// <summary>Each post's count per category over the period, as shown (a protected small number as <c>&lt; 5</c>).</summary>
    public IReadOnlyList<(string Post, string Category, string Count)> Rows { get; private set; } = [];

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public async Task OnGetAsync()
    {
        To = HaitiCalendar.DayOf(DateTimeOffset.UtcNow);
        From = To.AddDays(-29);
        var result = await reports.TotalsAsync(From, To, TotalsGroupings.Post);
        if (!result.Ok)
        {
            ShowFailure(result);
        }
        var threshold = result.Value?.SmallNumberThreshold ?? 0;
        Rows = (result.Value?.Rows ?? [])
            .Select(r => (r.Post, r.Category, r.Small ? $"< {threshold}" : r.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(r => r.Post, StringComparer.Ordinal).ThenBy(r => r.Category, StringComparer.Ordinal)
            .ToList();
    }
}
