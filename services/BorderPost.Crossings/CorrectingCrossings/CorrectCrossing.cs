using BorderPost.Crossings.RecordingCrossings;
using BorderPost.Crossings.ReferenceData;
using BorderPost.Crossings.ViewingCrossings;
using BorderPost.ServiceDefaults.Authentication;
using BorderPost.ServiceDefaults.Http;
using Marten;
using JasperFx;

namespace BorderPost.Crossings.CorrectingCrossings;

public static class CorrectCrossing
{
    public enum Outcome { Corrected, Voided, OtherPost, Unchanged }

    public static (Outcome, CrossingCorrected?) Decide(Crossing current, CrossingDetails details, string reason, string by, DateTimeOffset now)
    {
        if (current.Status == CrossingStatus.Voided)
        {
            return (Outcome.Voided, null);
        }
        if (details.PostCode != current.PostCode)
        {
            return (Outcome.OtherPost, null);
        }
        return details == current.Details
            ? (Outcome.Unchanged, null)
            : (Outcome.Corrected, new CrossingCorrected(current.Id, details, reason, by, now));
    }

    public static RouteHandlerBuilder MapCorrectCrossing(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/crossings/{id:guid}/corrections",
                async (Guid id, HttpContext http, IDocumentSession session, CrossingPointDirectory points, TimeProvider clock) =>
            {
                var (request, problem) = await JsonBody.ReadAsync<CrossingCorrectionRequest>(http);
                if (problem is not null)
                {
                    return problem;
                }
                var errors = new FieldErrors();
                var reason = Reasons.Validate(request!.Reason, errors);
                var now = clock.GetUtcNow();
                var details = request.Crossing is null
                    ? null
                    : CrossingValidation.Validate(request.Crossing with { Id = id }, points.Find, now, errors.Prefixed("crossing."));
                if (request.Crossing is null)
                {
                    errors.Add("crossing", ValidationMessages.Required);
                }
                CommonText.RequireSameId(request.Crossing?.Id, id, errors, "crossing.id");
                if (errors.Any)
                {
                    return Problems.Validation(http, errors);
                }

                var stream = await session.Events.FetchForWriting<Crossing>(id, http.RequestAborted);
                if (stream.Aggregate is null || !http.User.WorksAt(stream.Aggregate.PostCode))
                {
                    return CrossingProblems.NotFound(http);
                }
                var (outcome, corrected) = Decide(stream.Aggregate, details!, reason!, http.User.UserName(), now);
                switch (outcome)
                {
                    case Outcome.Voided:
                        return CrossingProblems.Voided(http);
                    case Outcome.OtherPost:
                        errors.Add("crossing.postCode", Reasons.PostCannotChange);
                        return Problems.Validation(http, errors);
                    case Outcome.Unchanged:
                        return Results.Ok(CrossingAnswers.View(stream.Aggregate));
                }
                stream.AppendOne(corrected!);
                try
                {
                    await session.SaveChangesAsync(http.RequestAborted);
                }
                catch (ConcurrencyException)
                {
                    return CrossingProblems.ChangedMeanwhile(http);
                }
                return Results.Ok(CrossingAnswers.View(stream.Aggregate.Apply(corrected!)));
            })
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
