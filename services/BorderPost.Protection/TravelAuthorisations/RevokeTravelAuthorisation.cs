using M = BorderPost.Protection.TravelAuthorisations.TravelAuthorisationMessages;

namespace BorderPost.Protection.TravelAuthorisations;

public static class RevokeTravelAuthorisation
{
    /// <summary>
    /// <c>POST /api/travel-authorisations/{id}/revoke</c> <c>{reason}</c>: the issuing IBESR office revokes an
    /// authorisation; from then on a post's verification answers <c>revoked</c>. A retry changes nothing.
    /// </summary>
    public static RouteHandlerBuilder MapRevokeTravelAuthorisation(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/travel-authorisations/{id:guid}/revoke", (Guid id, HttpContext http, IDocumentSession session, ReferralClock clock) =>
                ValidRequest.HandleAsync(http,
                    (RevocationRequest request, FieldErrors errors) => FieldRules.Reason(request.Reason, "reason", errors),
                    reason =>
                    {
                        var now = clock.Now;
                        var step = new StreamStep<TravelAuthorisation>(
                            M.NotFound,
                            (_, a) => string.Equals(http.User.AgencyCode(), a.IssuingOffice, StringComparison.Ordinal) ? null : M.IbesrOnly(http),
                            Fold,
                            a => TravelAuthorisationAnswers.View(a, HaitiCalendar.DayOf(now)),
                            M.ChangedMeanwhile);
                        return step.RunAsync(http, session, id, a => a.Revocation is not null
                            ? Decision.AlreadyDone
                            : Decision.Append(new TravelAuthorisationRevoked(id, reason!, http.User.UserName(), now)));
                    }))
            .ReadsJson<RevocationRequest>()
            .Produces<TravelAuthorisationView>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(BorderPostPolicies.ProtectionOfficer);

    public static TravelAuthorisation Fold(TravelAuthorisation a, object e) => e switch
    {
        TravelAuthorisationRevoked revoked => a.Apply(revoked),
        _ => a,
    };
}
