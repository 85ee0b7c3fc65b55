namespace BorderPost.Reporting.WatchingPostLinks;

public static class GetPostLinks
{
    /// <summary>
    /// <c>GET /api/reports/links</c> (headquarters): each post node's link as headquarters sees it, the longest silent
    /// first. A post is <c>silent</c> once nothing has been heard from it for <c>Reporting:LinkSilentAfter</c>
    /// (two minutes by default, four heartbeats).
    /// </summary>
    public static RouteHandlerBuilder MapGetPostLinks(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/reports/links", async (IQuerySession session, TimeProvider clock, IConfiguration configuration,
                CancellationToken ct) =>
            {
                var silentAfter = configuration.GetValue("Reporting:LinkSilentAfter", TimeSpan.FromMinutes(2));
                var now = clock.GetUtcNow();
                var links = await session.Query<PostLink>().ToListAsync(ct);
                return Results.Ok(links
                    .Select(l => new PostLinkStatus(l.Id,
                        now - l.LastHeardAt > silentAfter ? PostLinkStates.Silent : PostLinkStates.Connected,
                        l.LastHeardAt, Math.Round((now - l.LastHeardAt).TotalSeconds, 1),
                        l.LastSentAt, Math.Round(Math.Max(0, (l.LastHeardAt - l.LastSentAt).TotalSeconds), 1)))
                    .OrderByDescending(l => l.SecondsSinceHeard)
                    .ToList());
            })
            .Produces<List<PostLinkStatus>>(200)
            .RequireAuthorization(p => p.RequireRole(Roles.Hq));
}
