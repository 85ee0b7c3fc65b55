using BorderPost.Arrests.RecordingArrests;

namespace BorderPost.Arrests.CorrectingArrests;

public static class CorrectArrest
{
    public static readonly Refusal OtherPost = Refusal.OnField("arrest.postCode", ArrestMessages.PostCannotChange);

    public static readonly Refusal PersonWithdrawn = Refusal.OnField("arrest.personsToRefer", ArrestMessages.ReferralWithdrawn);

    public static readonly Refusal PersonChanged = Refusal.OnField("arrest.personsToRefer", ArrestMessages.ReferralChanged);

    /// <summary>
    /// Anything may be corrected but the post; persons found with the suspect may be added, never withdrawn (their
    /// referral lives on in the Protection service and is closed there).
    /// </summary>
    public static Decision Decide(Arrest current, ArrestDetails corrected, string reason, string by, DateTimeOffset now)
    {
        // Which stopped group the suspect came from is set when the arrest is recorded; a correction keeps it.
        var details = corrected with { Intercepted = current.Details.Intercepted };
        var listed = details.PersonsToRefer.ToDictionary(p => p.ReferralId);
        return details.PostCode != current.PostCode ? Decision.Refuse(OtherPost)
            : current.Details.PersonsToRefer.Any(p => !listed.ContainsKey(p.ReferralId)) ? Decision.Refuse(PersonWithdrawn)
            : current.Details.PersonsToRefer.Any(p => listed[p.ReferralId] != p) ? Decision.Refuse(PersonChanged)
            : details == current.Details ? Decision.AlreadyDone
            : Decision.Append(new ArrestCorrected(current.Id, details, reason, by, now));
    }

    public static RouteHandlerBuilder MapCorrectArrest(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/arrests/{id:guid}/corrections", (Guid id, HttpContext http, IDocumentSession session, TimeProvider clock) =>
            {
                var now = clock.GetUtcNow();
                return ValidRequest.HandleAsync(http,
                    (ArrestCorrectionRequest request, FieldErrors errors) => (
                        Reason: FieldRules.Reason(request.Reason, "reason", errors),
                        Details: Corrected.Validate(request.Arrest, request.Arrest?.Id, id, errors, "arrest", (arrest, prefixed) => ArrestValidation.Validate(arrest with { Id = id }, now, prefixed))),
                    valid => ArrestSteps.OfMyPost.RunAsync(http, session, id,
                        arrest => Decide(arrest, valid.Details!, valid.Reason!, http.User.UserName(), now)));
            })
            .ReadsJson<ArrestCorrectionRequest>()
            .Produces<ArrestView>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
