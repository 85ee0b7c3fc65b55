namespace BorderPost.Reporting.Totals;

public static class GetTotals
{
    /// <summary>Counts only, never names (<see cref="TotalsQuery"/>): headquarters any posts, a supervisor their own.</summary>
    public static RouteHandlerBuilder MapGetTotals(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/reports/totals", async (HttpContext http, IQuerySession session) =>
            {
                var errors = new FieldErrors();
                var query = TotalsQuery.Read(http.Request.Query, errors);
                if (query is null)
                {
                    return Problems.Validation(http, errors);
                }
                var posts = query.Posts;
                if (!http.User.IsInRole(Roles.Hq))
                {
                    // A supervisor sees their own post only.
                    posts = posts.Count == 0 ? [http.User.PostCode() ?? ""] : posts;
                    if (!posts.All(http.User.WorksAt))
                    {
                        return Problems.Status(http, StatusCodes.Status403Forbidden, ReportMessages.OwnPostOnly);
                    }
                }
                var totals = await Read(session, query with { Posts = posts }, http.RequestAborted);
                var rows = TotalsGrouping.Rows(totals, query.GroupBy, query.From, query.To, query.By);
                return Results.Ok(new TotalsResponse(query.From, query.To, rows, rows.Sum(r => r.Count), query.GroupBy));
            })
            .Produces<TotalsResponse>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(ReportingPolicies.TotalsReaders);

    private static async Task<IReadOnlyList<DailyTotal>> Read(IQuerySession session, TotalsQuery query, CancellationToken ct)
    {
        var days = session.Query<DailyTotal>().Where(t => t.Day >= query.From && t.Day <= query.To);
        if (query.Posts.Count > 0)
        {
            var posts = query.Posts.ToArray();
            days = days.Where(t => posts.Contains(t.PostCode));
        }
        return await days.ToListAsync(ct);
    }

    /// <summary>Daily rows, as the totals read by day.</summary>
    public static IReadOnlyList<TotalsRow> ToRows(IReadOnlyCollection<DailyTotal> totals) =>
        totals.Count == 0 ? [] : TotalsGrouping.Rows(totals, TotalsGroupings.Day, totals.Min(t => t.Day), totals.Max(t => t.Day));
}
