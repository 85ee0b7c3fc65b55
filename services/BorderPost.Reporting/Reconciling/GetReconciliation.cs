using BorderPost.Reporting.Rebuilding;
using BorderPost.Reporting.Totals;

namespace BorderPost.Reporting.Reconciling;

public static class GetReconciliation
{
    /// <summary>
    /// <c>GET /api/reports/reconciliation?from&amp;to</c> (headquarters): Reporting's totals against each service's own
    /// store (<see cref="ReconciliationSource"/>); a 503 naming the service when one cannot be asked, never a partial
    /// answer that would read as "no difference".
    /// </summary>
    public static RouteHandlerBuilder MapGetReconciliation(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/reports/reconciliation", async (HttpContext http, IQuerySession session, IHttpClientFactory clients,
                IConfiguration configuration, ILogger<ReconciliationSource> logger) =>
            {
                var errors = new FieldErrors();
                var range = DayRange.Read(http.Request.Query, errors);
                if (range is null)
                {
                    return Problems.Validation(http, errors);
                }
                var rebuild = await RebuildProgress.ReadAsync(session, http.RequestAborted);
                if (rebuild.ServesPrevious)
                {
                    // Half-rebuilt totals would read as differences: compare once the rebuild is done.
                    http.Response.Headers.RetryAfter = "30";
                    return Problems.Status(http, StatusCodes.Status503ServiceUnavailable, RebuildMessages.Rebuilding(rebuild.Status.Percent));
                }
                var client = clients.CreateClient(nameof(GetReconciliation));
                var authorization = http.Request.Headers.Authorization.ToString();
                var asked = ReconciliationSource.All
                    .Select(s => s.ReadAsync(client, configuration, range, authorization.Length > 0 ? authorization : null, logger, http.RequestAborted))
                    .ToList();
                var counted = await Task.WhenAll(asked);
                var reporting = await ReportingCountsAsync(session, range, http.RequestAborted);
                var missing = ReconciliationSource.All.Where((_, i) => counted[i] is null).Select(s => s.Name).ToList();
                if (missing.Count > 0)
                {
                    return Problems.Status(http, StatusCodes.Status503ServiceUnavailable, ReportMessages.SourceUnreachable(string.Join(", ", missing)));
                }
                return Results.Ok(Reconciliation.Compare(range, reporting,
                    ReconciliationSource.All.Select((s, i) => (s, counted[i]!)).ToList()));
            })
            .Produces<ReconciliationResponse>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireAuthorization(p => p.RequireRole(Roles.Hq));

    private static async Task<IReadOnlyList<SourceCount>> ReportingCountsAsync(IQuerySession session, DayRange range, CancellationToken ct)
    {
        var days = await session.Query<DailyTotal>().Where(t => t.Day >= range.From && t.Day <= range.To).ToListAsync(ct);
        return days.SelectMany(d => d.Counts.Where(c => c.Value != 0).Select(c => new SourceCount(d.PostCode, d.Day, c.Key, c.Value))).ToList();
    }
}
