using System.Globalization;

namespace BorderPost.Reporting.Totals;

/// <summary>
/// Sums daily totals into the periods a query groups by, split by sex and age band when asked. Days are already Haiti's
/// calendar days. Every split adds up to the unsplit count.
/// </summary>
public static class TotalsGrouping
{
    public static IReadOnlyList<TotalsRow> Rows(IEnumerable<PeriodTotal> totals, string groupBy, DateOnly from, DateOnly to,
        IReadOnlySet<string>? by = null) =>
        totals.SelectMany(t => Cells(t, by ?? new HashSet<string>()))
            .GroupBy(c => (c.Post, Start: Start(c.Day, groupBy, from), c.Category, c.Sex, c.AgeBand))
            .Select(g => new TotalsRow(g.Key.Post, g.Key.Start, g.Key.Category, g.Sum(c => c.Count), Period(g.Key.Start, groupBy, from, to),
                g.Key.Sex, g.Key.AgeBand))
            .Where(r => r.Count != 0)
            .OrderBy(r => r.Day).ThenBy(r => r.Post, StringComparer.Ordinal).ThenBy(r => r.Category, StringComparer.Ordinal)
            .ThenBy(r => r.Sex, StringComparer.Ordinal).ThenBy(r => r.AgeBand, StringComparer.Ordinal)
            .ToList();

    private sealed record Cell(string Post, DateOnly Day, string Category, string? Sex, string? AgeBand, int Count);

    /// <summary>A day's counts, those about people split as asked; what no split accounts for is <c>unknown</c>.</summary>
    private static IEnumerable<Cell> Cells(PeriodTotal total, IReadOnlySet<string> by)
    {
        var bySex = by.Contains(TotalsSplits.Sex);
        var byAge = by.Contains(TotalsSplits.AgeBand);
        foreach (var (category, count) in total.Counts)
        {
            if (!(bySex || byAge) || !ReportCategories.AreAboutPeople(category))
            {
                yield return new(total.PostCode, total.Day, category, null, null, count);
                continue;
            }
            var split = 0;
            foreach (var (key, n) in total.People)
            {
                var parts = key.Split('|');
                if (parts[0] == category)
                {
                    split += n;
                    yield return new(total.PostCode, total.Day, category, bySex ? parts[1] : null, byAge ? parts[2] : null, n);
                }
            }
            yield return new(total.PostCode, total.Day, category, bySex ? PersonBands.Unknown : null, byAge ? PersonBands.Unknown : null, count - split);
        }
    }

    /// <summary>The first day of the period <paramref name="day"/> falls in, not before <paramref name="from"/>.</summary>
    public static DateOnly Start(DateOnly day, string groupBy, DateOnly from)
    {
        var start = groupBy switch
        {
            TotalsGroupings.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)), // ISO weeks start on Monday
            TotalsGroupings.Month => new DateOnly(day.Year, day.Month, 1),
            TotalsGroupings.Year => new DateOnly(day.Year, 1, 1),
            TotalsGroupings.Post => from,
            _ => day,
        };
        return start < from ? from : start;
    }

    /// <summary>The period's name: <c>2026-11-23</c>, <c>2026-W48</c> (ISO 8601 week), <c>2026-11</c>, <c>2026</c> or <c>from/to</c>.</summary>
    public static string Period(DateOnly start, string groupBy, DateOnly from, DateOnly to) => groupBy switch
    {
        TotalsGroupings.Week => string.Create(CultureInfo.InvariantCulture,
            $"{ISOWeek.GetYear(start.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(start.ToDateTime(TimeOnly.MinValue)):D2}"),
        TotalsGroupings.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        TotalsGroupings.Year => start.ToString("yyyy", CultureInfo.InvariantCulture),
        TotalsGroupings.Post => string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd}/{to:yyyy-MM-dd}"),
        _ => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
