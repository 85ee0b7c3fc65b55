namespace BorderPost.Arrests.Custody;

public static class ReleaseSuspect
{
    public static RouteHandlerBuilder MapReleaseSuspect(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/arrests/{id:guid}/release", (Guid id, HttpContext http, IDocumentSession session, TimeProvider clock) =>
            {
                var now = clock.GetUtcNow();
                return ValidRequest.HandleAsync(http,
                    (ReleaseRequest request, FieldErrors errors) => (
                        Reason: FieldRules.Reason(request.Reason, "reason", errors),
                        At: FieldRules.Instant(request.ReleasedAt, "releasedAt", now, errors)),
                    valid => ArrestSteps.OfMyPost.RunAsync(http, session, id, arrest => CustodyStep.Decide(arrest,
                        held => new SuspectReleased(held.Id, valid.Reason!, valid.At!.Value, http.User.UserName(), now),
                        done => done.Release is { } r && r.Reason == valid.Reason && r.ReleasedAt == valid.At)));
            })
            .ReadsJson<ReleaseRequest>()
            .Produces<ArrestView>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
