using BorderPost.Protection.AccessLog;

namespace BorderPost.Protection.Inbox;

public static class GetReferral
{
    /// <summary>The purpose a reader gives by role when none is stated.</summary>
    public static AccessPurpose DefaultPurpose(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Roles.Protection) ? AccessPurpose.CaseWork
        : user.IsInRole(Roles.Supervisor) ? AccessPurpose.Supervision
        : AccessPurpose.FollowUp;

    /// <summary>
    /// A referral's details: names, contacts, indicators, history. Only for the agency it is with and the post that
    /// referred the person (403 for anyone else, including headquarters). The read is recorded — who, when, why
    /// (<c>?purpose=case_work|follow_up|supervision</c>) — before anything is shown; if it cannot be recorded, nothing is.
    /// </summary>
    public static RouteHandlerBuilder MapGetReferral(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/referrals/{id:guid}", async (Guid id, HttpContext http, IDocumentSession session, ReferralClock clock) =>
            {
                var errors = new FieldErrors();
                var purpose = http.Request.Query.ContainsKey("purpose")
                    ? FieldRules.Enum<AccessPurpose>(http.Request.Query["purpose"].ToString(), "purpose", errors)
                    : DefaultPurpose(http.User);
                if (errors.Any)
                {
                    return Problems.Validation(http, errors);
                }
                var referral = await session.LoadAsync<Referral>(id, http.RequestAborted);
                if (referral is null)
                {
                    return ProtectionProblems.NotFound(http);
                }
                if (!ReferralAccess.MaySee(http.User, referral))
                {
                    return ProtectionProblems.NotYours(http);
                }
                var now = clock.Now;
                var read = new ReferralDetailsRead(Guid.NewGuid(), id, http.User.UserName(),
                    http.User.FindFirst(BorderPostClaims.Role)?.Value ?? "", http.User.PostCode(), http.User.AgencyCode(), purpose!.Value, now,
                    ClientAddress.Of(http));
                session.Events.StartStream<AccessRecord>(read.AccessId, read);
                await session.SaveChangesAsync(http.RequestAborted);
                http.Response.Headers.CacheControl = "no-store";
                return Results.Ok(ReferralAnswers.View(referral, now, ReferralAccess.SeesAlarms(http.User)));
            })
            .Produces<ReferralView>(200)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(ProtectionPolicies.ReferralReaders);
}
