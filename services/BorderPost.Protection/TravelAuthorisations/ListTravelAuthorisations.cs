namespace BorderPost.Protection.TravelAuthorisations;

public static class ListTravelAuthorisations
{
    public const int Shown = 200;

    /// <summary>
    /// <c>GET /api/travel-authorisations</c>: an IBESR office's own authorisations, the latest recorded first (at most
    /// 200), each with its status today, so that the office can find one to revoke. Other offices' are not shown.
    /// </summary>
    public static RouteHandlerBuilder MapListTravelAuthorisations(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/travel-authorisations", async (HttpContext http, IQuerySession session, ReferralClock clock) =>
            {
                var office = http.User.AgencyCode();
                if (!Agencies.IsChildProtection(office))
                {
                    return TravelAuthorisationMessages.IbesrOnly(http);
                }
                var authorisations = await session.Query<TravelAuthorisation>().Where(a => a.IssuingOffice == office)
                    .OrderByDescending(a => a.RecordedAt).Take(Shown).ToListAsync(http.RequestAborted);
                var today = HaitiCalendar.DayOf(clock.Now);
                http.Response.Headers.CacheControl = "no-store";
                return Results.Ok(authorisations.Select(a => TravelAuthorisationAnswers.View(a, today)).ToList());
            })
            .Produces<IReadOnlyList<TravelAuthorisationView>>(200)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .RequireAuthorization(BorderPostPolicies.ProtectionOfficer);
}
