namespace BorderPost.Protection.TravelAuthorisations;

public static class VerifyTravelAuthorisation
{
    /// <summary>
    /// <c>GET /api/travel-authorisations/verify?number=…</c> (post staff): the authorisation with that number and its
    /// status today (<c>valid</c>, <c>revoked</c>, <c>expired</c>), with the child and parent it names so that the
    /// officer compares them with the child in front of them; <c>unknown</c> and nothing else when no authorisation has
    /// that number. Each look-up of a child's data is recorded (who, which post, when), on a stream of its own.
    /// </summary>
    public static RouteHandlerBuilder MapVerifyTravelAuthorisation(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/travel-authorisations/verify", async (HttpContext http, IDocumentSession session, ReferralClock clock) =>
            {
                var errors = new FieldErrors();
                var number = FieldRules.Required(http.Request.Query["number"].ToString(), "number", errors)?.ToUpperInvariant();
                if (number is null)
                {
                    return Problems.Validation(http, errors);
                }
                var now = clock.Now;
                var today = HaitiCalendar.DayOf(now);
                var found = await session.Query<TravelAuthorisation>().SingleOrDefaultAsync(a => a.Number == number, http.RequestAborted);
                if (found is null)
                {
                    return Results.Ok(new TravelAuthorisationView(TravelAuthorisationValues.Unknown, number));
                }
                var status = found.StatusOn(today);
                var check = new TravelAuthorisationVerified(Guid.NewGuid(), found.Id, http.User.PostCode() ?? "", http.User.UserName(), now, status);
                session.Events.StartStream(check.CheckId, check);
                await session.SaveChangesAsync(http.RequestAborted);
                http.Response.Headers.CacheControl = "no-store";
                return Results.Ok(TravelAuthorisationAnswers.View(found, today));
            })
            .Produces<TravelAuthorisationView>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
