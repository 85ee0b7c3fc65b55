namespace BorderPost.Reporting.Totals;

/// <summary>
/// <c>?from=2026-01-01&amp;to=2026-12-31[&amp;post=OUA,MAL][&amp;groupBy=day|week|month|year|post][&amp;by=sex,ageBand]</c>:
/// a period of Haitian days (both included, up to <see cref="DayRange.MaxDays"/>), any of the four posts (all when none is named;
/// a list separated by commas or repeated), how rows are grouped (by day when not said) and how counts are split (not
/// at all when not said: by sex and age band, or by one trait of the record).
/// </summary>
public sealed record TotalsQuery(DateOnly From, DateOnly To, IReadOnlyList<string> Posts, string GroupBy, IReadOnlySet<string> By)
{
    public static TotalsQuery? Read(IQueryCollection query, FieldErrors errors)
    {
        var range = DayRange.Read(query, errors);
        var posts = List(query["post"]).Select(p => FieldRules.Post(p, "post", errors))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var groupBy = query.ContainsKey("groupBy") ? query["groupBy"].ToString().Trim().ToLowerInvariant() : TotalsGroupings.Day;
        if (!TotalsGroupings.All.Contains(groupBy))
        {
            errors.Add("groupBy", FieldMessages.OneOf(TotalsGroupings.All));
        }
        var by = List(query["by"]).ToHashSet(StringComparer.Ordinal);
        if (by.Any(b => !TotalsSplits.All.Contains(b)))
        {
            errors.Add("by", FieldMessages.OneOf(TotalsSplits.All));
        }
        else if (by.Count > 1 && by.Overlaps(TotalsSplits.Traits))
        {
            errors.Add("by", ReportMessages.TraitAlone);
        }
        return errors.Any ? null : new TotalsQuery(range!.From, range.To, posts, groupBy, by);
    }

    /// <summary>Values given as <c>a,b</c> or repeated (<c>x=a&amp;x=b</c>).</summary>
    private static IEnumerable<string> List(Microsoft.Extensions.Primitives.StringValues values) =>
        values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
