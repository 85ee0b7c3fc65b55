namespace BorderPost.Protection.Workflow;

public static class HandOverReferral
{
    public static RouteHandlerBuilder MapHandOverReferral(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/referrals/{id:guid}/handover", (Guid id, HttpContext http, IDocumentSession session, ReferralClock clock) =>
                ValidRequest.HandleAsync(http,
                    (HandOverRequest request, FieldErrors errors) => (
                        Place: FieldRules.Name(request.Place, "place", required: true, errors),
                        At: FieldRules.Instant(request.HandedOverAt, "handedOverAt", clock.Now, errors),
                        Receiving: FieldRules.Name(request.ReceivingPerson, "receivingPerson", required: true, errors)),
                    valid => WorkflowStep.RunAsync(http, session, clock, id, (r, now) =>
                        ReferralWorkflow.HandOver(r, valid.Place!, valid.At!.Value, valid.Receiving!, http.User.UserName(), now))))
            .ReadsJson<HandOverRequest>()
            .Produces<ReferralSummary>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.ProtectionOfficer);
}
