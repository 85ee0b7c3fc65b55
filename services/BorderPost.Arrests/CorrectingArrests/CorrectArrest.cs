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
    public static Decision Decide(Arrest current, ArrestDetails details, string reason, string by, DateTimeOffset now)
    {
        var listed = details.PersonsToRefer.ToDictionary(p => p.ReferralId);
        return details.PostCode != current.PostCode ? Decision.Refuse(OtherPost)
            : current.Details.PersonsToRefer.Any(p => !listed.ContainsKey(p.ReferralId)) ? Decision.Refuse(PersonWithdrawn)
            : current.Details.PersonsToRefer.Any(p => listed[p.ReferralId] != p) ? Decision.Refuse(PersonChanged)
            : details == current.Details ? Decision.AlreadyDone
            : Decision.Append(new ArrestCorrected(current.Id, details, reason, by, now));
    }

    public static RouteHandlerBuilder MapCorrectArrest(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/arrests/{id:guid}/corrections", async (Guid id, HttpContext http, IDocumentSession session, TimeProvider clock) =>
            {
                var (request, problem) = await JsonBody.ReadAsync<ArrestCorrectionRequest>(http);
                if (problem is not null)
                {
                    return problem;
                }
                var errors = new FieldErrors();
                var reason = FieldRules.Reason(request!.Reason, "reason", errors);
                var now = clock.GetUtcNow();
                var details = request.Arrest is null
                    ? null
                    : ArrestValidation.Validate(request.Arrest with { Id = id }, now, errors.Prefixed("arrest."));
                if (request.Arrest is null)
                {
                    errors.Add("arrest", FieldMessages.Required);
                }
                CommonText.RequireSameId(request.Arrest?.Id, id, errors, "arrest.id");
                if (errors.Any)
                {
                    return Problems.Validation(http, errors);
                }
                return await ArrestSteps.OfMyPost.RunAsync(http, session, id,
                    arrest => Decide(arrest, details!, reason!, http.User.UserName(), now));
            })
            .ReadsJson<ArrestCorrectionRequest>()
            .Produces<ArrestView>(200)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
