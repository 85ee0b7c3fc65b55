using BorderPost.Arrests.RecordingArrests;
using BorderPost.Arrests.ViewingArrests;
using BorderPost.ServiceDefaults.Authentication;
using BorderPost.ServiceDefaults.Http;
using BorderPost.ServiceDefaults.Validation;
using JasperFx;
using Marten;

namespace BorderPost.Arrests.CorrectingArrests;

public static class CorrectArrest
{
    public enum Outcome { Corrected, Unchanged, OtherPost, PersonWithdrawn, PersonChanged }

    /// <summary>
    /// Anything may be corrected but the post; persons found with the suspect may be added, never withdrawn (their
    /// referral lives on in the Protection service and is closed there).
    /// </summary>
    public static (Outcome, ArrestCorrected?) Decide(Arrest current, ArrestDetails details, string reason, string by, DateTimeOffset now)
    {
        if (details.PostCode != current.PostCode)
        {
            return (Outcome.OtherPost, null);
        }
        var listed = details.PersonsToRefer.ToDictionary(p => p.ReferralId);
        if (current.Details.PersonsToRefer.Any(p => !listed.ContainsKey(p.ReferralId)))
        {
            return (Outcome.PersonWithdrawn, null);
        }
        if (current.Details.PersonsToRefer.Any(p => listed[p.ReferralId] != p))
        {
            return (Outcome.PersonChanged, null);
        }
        return details == current.Details
            ? (Outcome.Unchanged, null)
            : (Outcome.Corrected, new ArrestCorrected(current.Id, details, reason, by, now));
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

                var stream = await session.Events.FetchForWriting<Arrest>(id, http.RequestAborted);
                if (stream.Aggregate is null || !http.User.WorksAt(stream.Aggregate.PostCode))
                {
                    return ArrestProblems.NotFound(http);
                }
                var (outcome, corrected) = Decide(stream.Aggregate, details!, reason!, http.User.UserName(), now);
                switch (outcome)
                {
                    case Outcome.OtherPost:
                        errors.Add("arrest.postCode", ArrestMessages.PostCannotChange);
                        return Problems.Validation(http, errors);
                    case Outcome.PersonWithdrawn:
                        errors.Add("arrest.personsToRefer", ArrestMessages.ReferralWithdrawn);
                        return Problems.Validation(http, errors);
                    case Outcome.PersonChanged:
                        errors.Add("arrest.personsToRefer", ArrestMessages.ReferralChanged);
                        return Problems.Validation(http, errors);
                    case Outcome.Unchanged:
                        return Results.Ok(ArrestAnswers.View(stream.Aggregate));
                }
                stream.AppendOne(corrected!);
                try
                {
                    await session.SaveChangesAsync(http.RequestAborted);
                }
                catch (ConcurrencyException)
                {
                    return ArrestProblems.ChangedMeanwhile(http);
                }
                return Results.Ok(ArrestAnswers.View(stream.Aggregate.Apply(corrected!)));
            })
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
