namespace BorderPost.Web.Pages.Hq;

/// <summary>Counts by post and category over the last 30 Haitian days — never names (a supervisor sees their post).</summary>
public sealed class TotalsModel(ReportsClient reports, UiText text) : ConsolePage(text)
{
    public IReadOnlyList<(string Post, string Category, int Count)> Rows { get; private set; } = [];

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public async Task OnGetAsync()
    {
        To = HaitiCalendar.DayOf(DateTimeOffset.UtcNow);
        From = To.AddDays(-29);
        var result = await reports.TotalsAsync(From, To);
        if (!result.Ok)
        {
            ShowFailure(result);
        }
        Rows = (result.Value?.Rows ?? [])
            .GroupBy(r => (r.Post, r.Category))
            .Select(g => (g.Key.Post, g.Key.Category, g.Sum(r => r.Count)))
            .OrderBy(r => r.Item1, StringComparer.Ordinal).ThenBy(r => r.Item2, StringComparer.Ordinal)
            .ToList();
    }
}
