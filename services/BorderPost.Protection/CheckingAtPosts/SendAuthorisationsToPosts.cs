using BorderPost.Protection.TravelAuthorisations;

namespace BorderPost.Protection.CheckingAtPosts;

/// <summary>
/// <c>POST /api/travel-authorisations/send-to-posts</c> (admin): sends IBESR's authorisations that have not expired,
/// revoked ones included, to the post nodes again, for a post linked after they were issued or one whose copy is in
/// doubt. Stored as one event on each authorisation's stream, in one transaction; the outbox sends each as it stands
/// when the broker allows, and a post keeps a revoked copy revoked.
/// </summary>
public static class SendAuthorisationsToPosts
{
    public static RouteHandlerBuilder MapSendAuthorisationsToPosts(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/travel-authorisations/send-to-posts", async (HttpContext http, IDocumentSession session, ReferralClock clock) =>
            {
                var now = clock.Now;
                var today = HaitiCalendar.DayOf(now);
                var authorisations = await session.Query<TravelAuthorisation>().ToListAsync(http.RequestAborted);
                var current = authorisations.Where(a => a.Terms.ValidUntil >= today).ToList();
                foreach (var authorisation in current)
                {
                    session.Events.Append(authorisation.Id, new TravelAuthorisationSentToPosts(authorisation.Id, http.User.UserName(), now));
                }
                if (current.Count > 0)
                {
                    await session.SaveChangesAsync(http.RequestAborted);
                }
                return Results.Ok(new AuthorisationsSentView(current.Count));
            })
            .Produces<AuthorisationsSentView>(200)
            .RequireAuthorization(BorderPostPolicies.Admin);
}
