using BorderPost.Crossings.ReferenceData;
using BorderPost.Crossings.ViewingCrossings;

namespace BorderPost.Crossings.RecordingCrossings;

public static class RecordCrossing
{
    public enum Replay { New, SameCrossing, DifferentCrossing }

    public static CrossingRecorded Decide(Guid id, CrossingDetails details, string officer, DateTimeOffset now) =>
        new(id, details, officer, now);

    /// <summary>A client retries with the id it generated: the same content is the same crossing.</summary>
    public static Replay Compare(Crossing? existing, CrossingDetails details) =>
        existing is null ? Replay.New
        : existing.OriginalDetails == details ? Replay.SameCrossing
        : Replay.DifferentCrossing;

    public static RouteHandlerBuilder MapRecordCrossing(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/crossings", async (HttpContext http, IDocumentSession session, CrossingPointDirectory points, TimeProvider clock) =>
            {
                var (request, problem) = await JsonBody.ReadAsync<CrossingRequest>(http);
                if (problem is not null)
                {
                    return problem;
                }
                var errors = new FieldErrors();
                if (request!.Id is not { } id || id == Guid.Empty)
                {
                    errors.Add("id", ValidationMessages.EmptyId);
                    id = Guid.Empty;
                }
                var now = clock.GetUtcNow();
                var details = CrossingValidation.Validate(request, points.Find, now, errors);
                if (errors.Any)
                {
                    return Problems.Validation(http, errors);
                }
                if (!http.User.WorksAt(details!.PostCode))
                {
                    return CrossingProblems.OtherPost(http);
                }

                // Optimistically start the stream: a first attempt (the common case) costs one round trip. Only when
                // the id exists already do we read it back, to answer a retry as the first attempt was answered.
                Crossing? existing;
                var recorded = Decide(id, details, http.User.UserName(), now);
                session.Events.StartStream<Crossing>(id, recorded);
                if (await session.SaveUnlessExistsAsync(http.RequestAborted))
                {
                    existing = Crossing.Create(recorded);
                }
                else
                {
                    await using var fresh = session.DocumentStore.QuerySession();
                    existing = await fresh.LoadAsync<Crossing>(id, http.RequestAborted);
                }
                return Compare(existing, details) switch
                {
                    Replay.SameCrossing => Results.Created($"/api/crossings/{id}", CrossingAnswers.View(existing!)),
                    _ => CrossingProblems.IdConflict(http),
                };
            })
            .ReadsJson<CrossingRequest>()
            .Produces<CrossingView>(201)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
