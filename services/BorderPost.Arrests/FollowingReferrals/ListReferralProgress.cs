namespace BorderPost.Arrests.FollowingReferrals;

/// <summary>
/// The referrals a post made, newest first, with where each stands: <c>GET /api/arrests/referrals?post=OUA</c>. A
/// post node answers from its own copy, so its officers see the agencies' acknowledgements while the link is down.
/// </summary>
public static class ListReferralProgress
{
    public const int Shown = 200;

    public static RouteHandlerBuilder MapListReferralProgress(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/arrests/referrals", async (HttpContext http, IQuerySession session) =>
            {
                var errors = new FieldErrors();
                var post = FieldRules.Post(http.Request.Query["post"].ToString(), "post", errors);
                if (errors.Any)
                {
                    return Problems.Validation(http, errors);
                }
                if (!http.User.WorksAt(post))
                {
                    return ArrestProblems.OtherPost(http);
                }
                var referrals = await session.Query<ReferralProgress>()
                    .Where(r => r.Post == post)
                    .OrderByDescending(r => r.ReferredAt)
                    .Take(Shown)
                    .ToListAsync(http.RequestAborted);
                return Results.Ok(referrals.Select(r => new ReferralProgressView(r.Id, r.ArrestId, r.Kind, r.Agency, r.Status,
                    r.ReferredAt, r.AcknowledgeBy, r.AcknowledgedAt, r.AcknowledgedInTime, r.ClosedAt, r.Outcome, r.HeardAt)).ToList());
            })
            .RequireAuthorization(BorderPostPolicies.PostStaff)
            .Produces<List<ReferralProgressView>>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
