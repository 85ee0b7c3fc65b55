namespace BorderPost.Protection.Workflow;

public static class CloseReferral
{
    public static RouteHandlerBuilder MapCloseReferral(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/referrals/{id:guid}/close", (Guid id, HttpContext http, IDocumentSession session, ReferralClock clock) =>
                ValidRequest.HandleAsync(http,
                    (CloseRequest request, FieldErrors errors) => (
                        Outcome: FieldRules.RequiredEnum<ClosureOutcome>(request.Outcome, "outcome", errors),
                        Note: FieldRules.Text(request.Note, "note", errors)),
                    valid => WorkflowStep.RunAsync(http, session, clock, id,
                        (r, now) => ReferralWorkflow.Close(r, valid.Outcome!.Value, valid.Note!, http.User.UserName(), now))))
            .ReadsJson<CloseRequest>()
            .Produces<ReferralSummary>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.ProtectionOfficer);
}
