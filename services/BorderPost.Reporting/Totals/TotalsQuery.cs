namespace BorderPost.Reporting.Totals;

/// <summary>
/// <c>?from=2026-01-01&amp;to=2026-12-31[&amp;post=OUA,MAL][&amp;groupBy=day|week|month|year|post][&amp;by=sex,ageBand]</c>:
/// a period of Haitian days (both included, up to <see cref="MaxDays"/>), any of the four posts (all when none is named;
/// a list separated by commas or repeated), how rows are grouped (by day when not said) and how counts about people are
/// split (not at all when not said).
/// </summary>
public sealed record TotalsQuery(DateOnly From, DateOnly To, IReadOnlyList<string> Posts, string GroupBy, IReadOnlySet<string> By)
{
    /// <summary>Five years: a donor report over several years is one query.</summary>
    public const int MaxDays = 5 * 366;

    public static TotalsQuery? Read(IQueryCollection query, FieldErrors errors)
    {
        var from = Day(query["from"].ToString(), "from", errors);
        var to = Day(query["to"].ToString(), "to", errors);
        if (from is not null && to is not null && (to < from || to.Value.DayNumber - from.Value.DayNumber >= MaxDays))
        {
            errors.Add("to", ReportMessages.Range(MaxDays));
        }
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
        return errors.Any ? null : new TotalsQuery(from!.Value, to!.Value, posts, groupBy, by);
    }

    /// <summary>Values given as <c>a,b</c> or repeated (<c>x=a&amp;x=b</c>).</summary>
    private static IEnumerable<string> List(Microsoft.Extensions.Primitives.StringValues values) =>
        values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    private static DateOnly? Day(string text, string field, FieldErrors errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(field, ReportMessages.Required);
            return null;
        }
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", out var day))
        {
            errors.Add(field, ReportMessages.DateFormat);
            return null;
        }
        return day;
    }
}
