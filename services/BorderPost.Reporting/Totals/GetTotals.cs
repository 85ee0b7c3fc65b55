using BorderPost.Reporting.Rebuilding;

namespace BorderPost.Reporting.Totals;

public static class GetTotals
{
    /// <summary>Counts only, never names (<see cref="TotalsQuery"/>): headquarters any posts, a supervisor their own.</summary>
    public static RouteHandlerBuilder MapGetTotals(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/reports/totals", async (HttpContext http, IQuerySession session, IConfiguration configuration) =>
            {
                var (totals, problem) = await ReadAsync(http, session, configuration);
                return problem ?? Results.Ok(totals);
            })
            .Produces<TotalsResponse>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(ReportingPolicies.TotalsReaders);

    /// <summary>The same totals as CSV with an HXL hashtag row (<see cref="TotalsCsv"/>), small numbers shown as <c>&lt; 5</c>.</summary>
    public static RouteHandlerBuilder MapGetTotalsCsv(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/reports/totals.csv", async (HttpContext http, IQuerySession session, IConfiguration configuration) =>
            {
                var (totals, problem) = await ReadAsync(http, session, configuration);
                if (problem is not null)
                {
                    return problem;
                }
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"borderpost-totals-{totals!.From:yyyy-MM-dd}-{totals.To:yyyy-MM-dd}.csv\"";
                return Results.Text(TotalsCsv.Write(totals), "text/csv; charset=utf-8");
            })
            .Produces<string>(200, "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(ReportingPolicies.TotalsReaders);

    /// <summary>The same table as XLSX (<see cref="TotalsXlsx"/>).</summary>
    public static RouteHandlerBuilder MapGetTotalsXlsx(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/reports/totals.xlsx", async (HttpContext http, IQuerySession session, IConfiguration configuration) =>
            {
                var (totals, problem) = await ReadAsync(http, session, configuration);
                return problem ?? Results.File(TotalsXlsx.Write(totals!), TotalsXlsx.ContentType,
                    $"borderpost-totals-{totals!.From:yyyy-MM-dd}-{totals.To:yyyy-MM-dd}.xlsx");
            })
            .Produces(200, contentType: TotalsXlsx.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(ReportingPolicies.TotalsReaders);

    private static async Task<(TotalsResponse? Totals, IResult? Problem)> ReadAsync(HttpContext http, IQuerySession session, IConfiguration configuration)
    {
        var errors = new FieldErrors();
        var query = TotalsQuery.Read(http.Request.Query, errors);
        if (query is null)
        {
            return (null, Problems.Validation(http, errors));
        }
        var posts = query.Posts;
        if (!http.User.IsInRole(Roles.Hq))
        {
            // A supervisor sees their own post only.
            posts = posts.Count == 0 ? [http.User.PostCode() ?? ""] : posts;
            if (!posts.All(http.User.WorksAt))
            {
                return (null, Problems.Status(http, StatusCodes.Status403Forbidden, ReportMessages.OwnPostOnly));
            }
        }
        // While the totals are rebuilt from the events, they answer from the figures copied when the rebuild began.
        var rebuild = await RebuildProgress.ReadAsync(session, http.RequestAborted);
        var totals = rebuild.ServesPrevious
            ? await ReadDaysAsync<PreviousDailyTotal, PreviousMonthlyTotal>(session, query with { Posts = posts }, http.RequestAborted)
            : await ReadDaysAsync<DailyTotal, MonthlyTotal>(session, query with { Posts = posts }, http.RequestAborted);
        var threshold = configuration.GetValue("Reporting:SmallNumberThreshold", SmallNumbers.DefaultThreshold);
        var rows = SmallNumbers.Mark(TotalsGrouping.Rows(totals, query.GroupBy, query.From, query.To, query.By), query.GroupBy,
            query.To.DayNumber - query.From.DayNumber + 1, threshold);
        return (new TotalsResponse(query.From, query.To, rows, rows.Sum(r => r.Count), query.GroupBy, threshold,
            AcknowledgementDelays.Of(totals, threshold), rebuild.ServesPrevious ? rebuild.Status : null), null);
    }

    /// <summary>
    /// The totals the query covers: by month, year or post, the months it covers whole come from the monthly totals and
    /// only its first and last part-months from the daily ones; by day or week, the daily totals.
    /// </summary>
    private static async Task<IReadOnlyList<PeriodTotal>> ReadDaysAsync<TDaily, TMonthly>(IQuerySession session, TotalsQuery query, CancellationToken ct)
        where TDaily : PeriodTotal
        where TMonthly : PeriodTotal
    {
        var posts = query.Posts.ToArray();
        var (from, to) = (query.From, query.To);
        var firstWhole = from.Day == 1 ? from : MonthlyTotal.MonthOf(from).AddMonths(1);
        var afterWhole = MonthlyTotal.MonthOf(to.AddDays(1));
        if (query.GroupBy is TotalsGroupings.Day or TotalsGroupings.Week || firstWhole >= afterWhole)
        {
            return await Read<TDaily>(session, posts, t => t.Day >= from && t.Day <= to).ToListAsync(ct);
        }
        var months = await Read<TMonthly>(session, posts, t => t.Day >= firstWhole && t.Day < afterWhole).ToListAsync(ct);
        var edges = await Read<TDaily>(session, posts, t => (t.Day >= from && t.Day < firstWhole) || (t.Day >= afterWhole && t.Day <= to))
            .ToListAsync(ct);
        return [.. months, .. edges];
    }

    private static IQueryable<T> Read<T>(IQuerySession session, string[] posts, System.Linq.Expressions.Expression<Func<T, bool>> days)
        where T : PeriodTotal
    {
        var query = session.Query<T>().Where(days);
        return posts.Length == 0 ? query : query.Where(t => posts.Contains(t.PostCode));
    }

    /// <summary>Daily rows, as the totals read by day.</summary>
    public static IReadOnlyList<TotalsRow> ToRows(IReadOnlyCollection<DailyTotal> totals) =>
        totals.Count == 0 ? [] : TotalsGrouping.Rows(totals, TotalsGroupings.Day, totals.Min(t => t.Day), totals.Max(t => t.Day));
}
