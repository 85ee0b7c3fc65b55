namespace BorderPost.Crossings.CorrectingCrossings;

public static class VoidCrossing
{
    /// <summary>Voiding twice is harmless: the second time decides nothing.</summary>
    public static Decision Decide(Crossing current, string reason, string by, DateTimeOffset now) =>
        current.Status == CrossingStatus.Voided ? Decision.AlreadyDone : Decision.Append(new CrossingVoided(current.Id, reason, by, now));

    public static RouteHandlerBuilder MapVoidCrossing(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/crossings/{id:guid}/void", (Guid id, HttpContext http, IDocumentSession session, TimeProvider clock) =>
                ValidRequest.HandleAsync(http,
                    (VoidCrossingRequest request, FieldErrors errors) => Reasons.Validate(request.Reason, errors),
                    reason => CrossingSteps.OfMyPost.RunAsync(http, session, id,
                        crossing => Decide(crossing, reason!, http.User.UserName(), clock.GetUtcNow()))))
            .ReadsJson<VoidCrossingRequest>()
            .Produces<CrossingView>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.Supervisor);
}
