namespace BorderPost.Arrests.Custody;

public static class ReleaseSuspect
{
    public static RouteHandlerBuilder MapReleaseSuspect(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/arrests/{id:guid}/release", async (Guid id, HttpContext http, IDocumentSession session, TimeProvider clock) =>
            {
                var (request, problem) = await JsonBody.ReadAsync<ReleaseRequest>(http);
                if (problem is not null)
                {
                    return problem;
                }
                var errors = new FieldErrors();
                var now = clock.GetUtcNow();
                var reason = FieldRules.Reason(request!.Reason, "reason", errors);
                var at = FieldRules.Instant(request.ReleasedAt, "releasedAt", now, errors);
                if (errors.Any)
                {
                    return Problems.Validation(http, errors);
                }
                return await ArrestSteps.OfMyPost.RunAsync(http, session, id, arrest => CustodyStep.Decide(arrest,
                    held => new SuspectReleased(held.Id, reason!, at!.Value, http.User.UserName(), now),
                    done => done.Release is { } r && r.Reason == reason && r.ReleasedAt == at));
            })
            .ReadsJson<ReleaseRequest>()
            .Produces<ArrestView>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
