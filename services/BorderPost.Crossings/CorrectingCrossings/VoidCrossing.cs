using BorderPost.Crossings.ViewingCrossings;
using BorderPost.ServiceDefaults.Authentication;
using BorderPost.ServiceDefaults.Http;
using Marten;
using JasperFx;

namespace BorderPost.Crossings.CorrectingCrossings;

public static class VoidCrossing
{
    /// <summary>Voiding twice is harmless: the second time decides nothing.</summary>
    public static CrossingVoided? Decide(Crossing current, string reason, string by, DateTimeOffset now) =>
        current.Status == CrossingStatus.Voided ? null : new CrossingVoided(current.Id, reason, by, now);

    public static RouteHandlerBuilder MapVoidCrossing(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/crossings/{id:guid}/void", async (Guid id, HttpContext http, IDocumentSession session, TimeProvider clock) =>
            {
                var (request, problem) = await JsonBody.ReadAsync<VoidCrossingRequest>(http);
                if (problem is not null)
                {
                    return problem;
                }
                var errors = new FieldErrors();
                var reason = Reasons.Validate(request!.Reason, errors);
                if (errors.Any)
                {
                    return Problems.Validation(http, errors);
                }
                var stream = await session.Events.FetchForWriting<Crossing>(id, http.RequestAborted);
                if (stream.Aggregate is null || !http.User.WorksAt(stream.Aggregate.PostCode))
                {
                    return CrossingProblems.NotFound(http);
                }
                var voided = Decide(stream.Aggregate, reason!, http.User.UserName(), clock.GetUtcNow());
                if (voided is null)
                {
                    return Results.Ok(CrossingAnswers.View(stream.Aggregate));
                }
                stream.AppendOne(voided);
                try
                {
                    await session.SaveChangesAsync(http.RequestAborted);
                }
                catch (ConcurrencyException)
                {
                    return CrossingProblems.ChangedMeanwhile(http);
                }
                return Results.Ok(CrossingAnswers.View(stream.Aggregate.Apply(voided)));
            })
            .RequireAuthorization(BorderPostPolicies.Supervisor);
}
