using BorderPost.Arrests.ViewingArrests;

namespace BorderPost.Arrests.RecordingArrests;

public static class RecordArrest
{
    /// <summary>A client retries with the id it generated: the same content is the same arrest.</summary>
    public static bool IsReplay(Arrest existing, ArrestDetails details) => existing.OriginalDetails == details;

    public static RouteHandlerBuilder MapRecordArrest(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/arrests", async (HttpContext http, IDocumentSession session, TimeProvider clock) =>
            {
                var (request, problem) = await JsonBody.ReadAsync<ArrestRequest>(http);
                if (problem is not null)
                {
                    return problem;
                }
                var errors = new FieldErrors();
                var id = FieldRules.ClientId(request!.Id, errors);
                var now = clock.GetUtcNow();
                var details = ArrestValidation.Validate(request, now, errors);
                if (errors.Any)
                {
                    return Problems.Validation(http, errors);
                }
                if (!http.User.WorksAt(details!.PostCode))
                {
                    return ArrestProblems.OtherPost(http);
                }

                // Optimistically start the stream: only when the id exists already do we read it back, to answer a
                // retry as the first attempt was answered.
                var recorded = new ArrestRecorded(id!.Value, details, http.User.UserName(), now);
                session.Events.StartStream<Arrest>(id.Value, recorded);
                Arrest? existing;
                if (await session.SaveUnlessExistsAsync(http.RequestAborted))
                {
                    existing = Arrest.Create(recorded);
                }
                else
                {
                    await using var fresh = session.DocumentStore.QuerySession();
                    existing = await fresh.LoadAsync<Arrest>(id.Value, http.RequestAborted);
                }
                return existing is not null && IsReplay(existing, details)
                    ? Results.Created($"/api/arrests/{id}", ArrestAnswers.View(existing))
                    : ArrestProblems.IdConflict(http);
            })
            .ReadsJson<ArrestRequest>()
            .Produces<ArrestView>(201)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
