using BorderPost.Protection.Referring;
using Microsoft.Extensions.Options;

namespace BorderPost.Protection.Workflow;

public static class ReassignReferral
{
    public static RouteHandlerBuilder MapReassignReferral(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/referrals/{id:guid}/reassign", (Guid id, HttpContext http, IDocumentSession session, ReferralClock clock,
                IOptions<ProtectionOptions> options) =>
                ValidRequest.HandleAsync(http, (ReassignRequest request, FieldErrors errors) => Validate(request, errors),
                    valid => WorkflowStep.RunAsync(http, session, clock, id, (r, now) =>
                        !ReferralValidation.AgencyServes(valid.Agency, r.Kind)
                            ? Decision.Refuse(r.Kind == ReferralKind.Minor ? Refusals.MinorStaysWithChildProtection : Refusals.VictimStaysWithVictimServices)
                            : ReferralWorkflow.Reassign(r, valid.Agency!, valid.Reason!, http.User.UserName(), now, options.Value.AcknowledgeWithin(r.Kind)))))
            .ReadsJson<ReassignRequest>()
            .Produces<ReferralSummary>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.ProtectionOfficer);

    private static (string? Agency, string? Reason) Validate(ReassignRequest request, FieldErrors errors)
    {
        var agency = FieldRules.Required(request.Agency, "agency", errors)?.ToUpperInvariant();
        var reason = FieldRules.Reason(request.Reason, "reason", errors);
        if (agency is not null && !Agencies.IsKnown(agency))
        {
            errors.Add("agency", ReferralMessages.UnknownAgency);
        }
        return (agency, reason);
    }
}
