namespace BorderPost.Reporting.Rebuilding;

public static class RebuildTotals
{
    /// <summary>
    /// <c>POST /api/reports/rebuild</c> (admin): rebuilds the totals from the events; 202 with the rebuild's status
    /// (<c>GET /api/reports/rebuild</c>), or 409 while one runs. The totals keep answering, from the figures copied now.
    /// </summary>
    public static RouteHandlerBuilder MapRebuildTotals(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/reports/rebuild", async (HttpContext http, TotalsRebuilder rebuilder, IQuerySession session) =>
            {
                var started = await rebuilder.BeginAsync(http.User.Identity?.Name ?? "", http.RequestAborted);
                if (started is null)
                {
                    var running = await RebuildProgress.ReadAsync(session, http.RequestAborted);
                    return Problems.Status(http, StatusCodes.Status409Conflict, RebuildMessages.AlreadyRunning(running.Status.Percent));
                }
                return Results.Accepted("/api/reports/rebuild", started.Status(0));
            })
            .Produces<RebuildStatus>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin));

    /// <summary><c>GET /api/reports/rebuild</c> (headquarters, admin): the last rebuild and how far it is.</summary>
    public static RouteHandlerBuilder MapGetRebuild(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/reports/rebuild", async (HttpContext http, IQuerySession session) =>
                Results.Ok((await RebuildProgress.ReadAsync(session, http.RequestAborted)).Status))
            .Produces<RebuildStatus>(200)
            .RequireAuthorization(p => p.RequireRole(Roles.Hq, Roles.Admin));
}

internal static class RebuildMessages
{
    public static LocalizedText AlreadyRunning(int percent) => Texts.Get("RebuildMessages.AlreadyRunning", percent);

    public static LocalizedText Rebuilding(int percent) => Texts.Get("RebuildMessages.Rebuilding", percent);
}
