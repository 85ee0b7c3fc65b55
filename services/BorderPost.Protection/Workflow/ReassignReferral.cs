using BorderPost.Protection.Referring;
using Microsoft.Extensions.Options;

namespace BorderPost.Protection.Workflow;

public static class ReassignReferral
{
    public static RouteHandlerBuilder MapReassignReferral(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/referrals/{id:guid}/reassign", async (Guid id, HttpContext http, IDocumentSession session, ReferralClock clock,
                IOptions<ProtectionOptions> options) =>
            {
                var (request, problem) = await JsonBody.ReadAsync<ReassignRequest>(http);
                if (problem is not null)
                {
                    return problem;
                }
                var errors = new FieldErrors();
                var agency = FieldRules.Required(request!.Agency, "agency", errors)?.ToUpperInvariant();
                var reason = FieldRules.Reason(request.Reason, "reason", errors);
                if (agency is not null && !Agencies.IsKnown(agency))
                {
                    errors.Add("agency", ReferralMessages.UnknownAgency);
                }
                if (errors.Any)
                {
                    return Problems.Validation(http, errors);
                }
                return await WorkflowStep.RunAsync(http, session, clock, id, (r, now) =>
                {
                    if (!ReferralValidation.AgencyServes(agency, r.Kind))
                    {
                        return Decision.Refuse(r.Kind == ReferralKind.Minor ? Refusals.MinorStaysWithChildProtection : Refusals.VictimStaysWithVictimServices);
                    }
                    return ReferralWorkflow.Reassign(r, agency!, reason!, http.User.UserName(), now, options.Value.AcknowledgeWithin(r.Kind));
                });
            })
            .ReadsJson<ReassignRequest>()
            .Produces<ReferralSummary>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.ProtectionOfficer);
}
