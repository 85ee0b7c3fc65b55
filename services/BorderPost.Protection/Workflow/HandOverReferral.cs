namespace BorderPost.Protection.Workflow;

public static class HandOverReferral
{
    public static RouteHandlerBuilder MapHandOverReferral(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/referrals/{id:guid}/handover", async (Guid id, HttpContext http, IDocumentSession session, ReferralClock clock) =>
            {
                var (request, problem) = await JsonBody.ReadAsync<HandOverRequest>(http);
                if (problem is not null)
                {
                    return problem;
                }
                var errors = new FieldErrors();
                var place = FieldRules.Name(request!.Place, "place", required: true, errors);
                var at = FieldRules.Instant(request.HandedOverAt, "handedOverAt", clock.Now, errors);
                var receiving = FieldRules.Name(request.ReceivingPerson, "receivingPerson", required: true, errors);
                if (errors.Any)
                {
                    return Problems.Validation(http, errors);
                }
                return await WorkflowStep.RunAsync(http, session, clock, id,
                    (r, now) => ReferralWorkflow.HandOver(r, place!, at!.Value, receiving!, http.User.UserName(), now));
            })
            .ReadsJson<HandOverRequest>()
            .Produces<ReferralSummary>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.ProtectionOfficer);
}
