using System.Globalization;
using System.Text.Json.Nodes;
using BorderPost.Web.Api;
using BorderPost.Web.Ui;

namespace BorderPost.Web.Pages.Hq;

/// <summary>Counts by post and category over the last 30 Haitian days — never names (a supervisor sees their post).</summary>
public sealed class TotalsModel(ApiClient api, UiText text) : ConsolePage(text)
{
    public IReadOnlyList<(string Post, string Category, int Count)> Rows { get; private set; } = [];

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public async Task OnGetAsync()
    {
        To = HaitiCalendar.DayOf(DateTimeOffset.UtcNow);
        From = To.AddDays(-29);
        var result = await api.GetAsync(string.Create(CultureInfo.InvariantCulture, $"/api/reports/totals?from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}"));
        if (!result.Ok)
        {
            ShowFailure(result);
        }
        Rows = (result.Ok && result.Body?["rows"] is JsonArray rows ? rows : [])
            .Where(r => r is not null)
            .GroupBy(r => ((string)r!["post"]!, (string)r["category"]!))
            .Select(g => (g.Key.Item1, g.Key.Item2, g.Sum(r => (int)r!["count"]!)))
            .OrderBy(r => r.Item1, StringComparer.Ordinal).ThenBy(r => r.Item2, StringComparer.Ordinal)
            .ToList();
    }
}
