namespace BorderPost.Reporting.Totals;

public static partial class GetTotals
{
    public const int MaxDays = 366;

    /// <summary>Counts only, never names: <c>?from=2026-11-01&amp;to=2026-11-30[&amp;post=OUA]</c>.</summary>
    public static RouteHandlerBuilder MapGetTotals(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/reports/totals", async (HttpContext http, IQuerySession session) =>
            {
                var query = http.Request.Query;
                var errors = new FieldErrors();
                var from = Day(query["from"].ToString(), "from", errors);
                var to = Day(query["to"].ToString(), "to", errors);
                if (from is not null && to is not null && (to < from || to.Value.DayNumber - from.Value.DayNumber >= MaxDays))
                {
                    errors.Add("to", ReportMessages.Range(MaxDays));
                }
                var post = query.ContainsKey("post") ? FieldRules.Post(query["post"].ToString(), "post", errors) : null;
                if (errors.Any)
                {
                    return Problems.Validation(http, errors);
                }
                if (!http.User.IsInRole(Roles.Hq))
                {
                    // A supervisor sees their own post only.
                    post ??= http.User.PostCode();
                    if (!http.User.WorksAt(post))
                    {
                        return Problems.Status(http, StatusCodes.Status403Forbidden, ReportMessages.OwnPostOnly);
                    }
                }

                var totals = await session.Query<DailyTotal>()
                    .Where(t => t.Day >= from!.Value && t.Day <= to!.Value && (post == null || t.PostCode == post))
                    .ToListAsync(http.RequestAborted);
                var rows = ToRows(totals);
                return Results.Ok(new TotalsResponse(from!.Value, to!.Value, rows, rows.Sum(r => r.Count)));
            })
            .Produces<TotalsResponse>(200)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(ReportingPolicies.TotalsReaders);

    public static IReadOnlyList<TotalsRow> ToRows(IEnumerable<DailyTotal> totals) =>
        totals.SelectMany(t => t.Counts.Where(c => c.Value != 0).Select(c => new TotalsRow(t.PostCode, t.Day, c.Key, c.Value)))
            .OrderBy(r => r.Day).ThenBy(r => r.Post, StringComparer.Ordinal).ThenBy(r => r.Category, StringComparer.Ordinal)
            .ToList();

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
