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
        app.MapPost("/api/crossings", (HttpContext http, GroupCommit<Crossing> writes, CrossingPointDirectory points, TimeProvider clock) =>
            {
                var now = clock.GetUtcNow();
                return ValidRequest.HandleAsync(http,
                    (CrossingRequest request, FieldErrors errors) => (
                        Id: FieldRules.ClientId(request.Id, errors),
                        Details: CrossingValidation.Validate(request, points.Find, now, errors)),
                    async valid =>
                    {
                        if (!http.User.WorksAt(valid.Details!.PostCode))
                        {
                            return CrossingProblems.OtherPost(http);
                        }
                        var id = valid.Id!.Value;
                        var recorded = Decide(id, valid.Details, http.User.UserName(), now);
                        var (_, existing) = await writes.StartOnceAsync(id, Crossing.Create(recorded), [recorded]);
                        return Compare(existing, valid.Details) switch
                        {
                            Replay.SameCrossing => Results.Created($"/api/crossings/{id}", CrossingAnswers.View(existing!)),
                            _ => CrossingProblems.IdConflict(http),
                        };
                    });
            })
            .ReadsJson<CrossingRequest>()
            .Produces<CrossingView>(201)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.PostStaff)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireRateLimiting(CrossingWriteBulkhead.Policy);
}
