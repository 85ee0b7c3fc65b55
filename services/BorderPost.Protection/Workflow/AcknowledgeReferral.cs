namespace BorderPost.Protection.Workflow;

public static class AcknowledgeReferral
{
    /// <summary>The receiving agency takes the referral on; no body. In time or not is decided against the deadline.</summary>
    public static RouteHandlerBuilder MapAcknowledgeReferral(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/referrals/{id:guid}/acknowledge", (Guid id, HttpContext http, IDocumentSession session, ReferralClock clock) =>
                WorkflowStep.RunAsync(http, session, clock, id, (r, now) => ReferralWorkflow.Acknowledge(r, http.User.UserName(), now)))
            .Produces<ReferralSummary>(200)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(BorderPostPolicies.ProtectionOfficer);
}
