namespace BorderPost.Protection.Workflow;

public static class CloseReferral
{
    public static RouteHandlerBuilder MapCloseReferral(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/referrals/{id:guid}/close", async (Guid id, HttpContext http, IDocumentSession session, ReferralClock clock) =>
            {
                var (request, problem) = await JsonBody.ReadAsync<CloseRequest>(http);
                if (problem is not null)
                {
                    return problem;
                }
                var errors = new FieldErrors();
                var outcome = FieldRules.RequiredEnum<ClosureOutcome>(request!.Outcome, "outcome", errors);
                var note = FieldRules.Text(request.Note, "note", errors);
                if (errors.Any)
                {
                    return Problems.Validation(http, errors);
                }
                return await WorkflowStep.RunAsync(http, session, clock, id,
                    (r, now) => ReferralWorkflow.Close(r, outcome!.Value, note!, http.User.UserName(), now));
            })
            .ReadsJson<CloseRequest>()
            .Produces<ReferralSummary>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.ProtectionOfficer);
}
