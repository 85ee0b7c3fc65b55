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
            .GroupBy(c => (c.Post, Start: Start(c.Day, groupBy, from), c.Category, c.Split))
            .Select(g => new TotalsRow(g.Key.Post, g.Key.Start, g.Key.Category, g.Sum(c => c.Count), Period(g.Key.Start, groupBy, from, to),
                g.Key.Split.Sex, g.Key.Split.AgeBand, Nationality: g.Key.Split.Nationality, Purpose: g.Key.Split.Purpose, Agency: g.Key.Split.Agency))
            .Where(r => r.Count != 0)
            .OrderBy(r => r.Day).ThenBy(r => r.Post, StringComparer.Ordinal).ThenBy(r => r.Category, StringComparer.Ordinal)
            .ThenBy(r => r.Sex, StringComparer.Ordinal).ThenBy(r => r.AgeBand, StringComparer.Ordinal)
            .ThenBy(r => r.Nationality ?? r.Purpose ?? r.Agency, StringComparer.Ordinal)
            .ToList();

    /// <summary>What a cell is split by: none, or sex and age band, or one trait of the record.</summary>
    private sealed record Split(string? Sex = null, string? AgeBand = null, string? Nationality = null, string? Purpose = null, string? Agency = null)
    {
        public static readonly Split None = new();

        public static Split Of(string trait, string value) => trait switch
        {
            TotalsSplits.Nationality => new(Nationality: value),
            TotalsSplits.Purpose => new(Purpose: value),
            _ => new(Agency: value),
        };
    }

    private sealed record Cell(string Post, DateOnly Day, string Category, Split Split, int Count);

    /// <summary>Nationality and purpose are traits of crossings, agency of referrals.</summary>
    private static bool Splits(string trait, string category) =>
        category.StartsWith(trait == TotalsSplits.Agency ? "referral." : "crossing.", StringComparison.Ordinal);

    /// <summary>A period's counts, split as asked; what no split accounts for is <c>unknown</c>.</summary>
    private static IEnumerable<Cell> Cells(PeriodTotal total, IReadOnlySet<string> by)
    {
        var bySex = by.Contains(TotalsSplits.Sex);
        var byAge = by.Contains(TotalsSplits.AgeBand);
        var trait = TotalsSplits.Traits.FirstOrDefault(by.Contains);
        foreach (var (category, count) in total.Counts)
        {
            if (trait is not null && Splits(trait, category))
            {
                foreach (var cell in Parts(total, category, count, total.Traits, parts => parts[1] == trait ? Split.Of(trait, parts[2]) : null,
                    Split.Of(trait, PersonBands.Unknown)))
                {
                    yield return cell;
                }
            }
            else if ((bySex || byAge) && ReportCategories.AreAboutPeople(category))
            {
                foreach (var cell in Parts(total, category, count, total.People, parts => new Split(bySex ? parts[1] : null, byAge ? parts[2] : null),
                    new Split(bySex ? PersonBands.Unknown : null, byAge ? PersonBands.Unknown : null)))
                {
                    yield return cell;
                }
            }
            else
            {
                yield return new(total.PostCode, total.Day, category, Split.None, count);
            }
        }
    }

    /// <summary>A category's count split by the keys <c>category|…|…</c> of <paramref name="split"/>, and the rest as <paramref name="rest"/>.</summary>
    private static IEnumerable<Cell> Parts(PeriodTotal total, string category, int count, Dictionary<string, int> split,
        Func<string[], Split?> of, Split rest)
    {
        var accounted = 0;
        foreach (var (key, n) in split)
        {
            var parts = key.Split('|');
            if (parts[0] == category && of(parts) is { } part)
            {
                accounted += n;
                yield return new(total.PostCode, total.Day, category, part, n);
            }
        }
        yield return new(total.PostCode, total.Day, category, rest, count - accounted);
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
