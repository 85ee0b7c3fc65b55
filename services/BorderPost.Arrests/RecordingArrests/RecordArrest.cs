using BorderPost.Arrests.Intercepting;
using BorderPost.Arrests.ViewingArrests;

namespace BorderPost.Arrests.RecordingArrests;

public static class RecordArrest
{
    /// <summary>A client retries with the id it generated: the same content is the same arrest.</summary>
    public static bool IsReplay(Arrest existing, ArrestDetails details) => existing.OriginalDetails == details;

    public static RouteHandlerBuilder MapRecordArrest(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/arrests", (HttpContext http, IDocumentSession session, TimeProvider clock) =>
            {
                var now = clock.GetUtcNow();
                return ValidRequest.HandleAsync(http,
                    (ArrestRequest request, FieldErrors errors) => (
                        Id: FieldRules.ClientId(request.Id, errors),
                        Details: ArrestValidation.Validate(request, now, errors)),
                    async valid =>
                    {
                        if (!http.User.WorksAt(valid.Details!.PostCode))
                        {
                            return ArrestProblems.OtherPost(http);
                        }
                        if (valid.Details.Intercepted is { } link && await InterceptionLinks.CheckAsync(session, link, valid.Details.PostCode, http.RequestAborted) is { Any: true } wrong)
                        {
                            return Problems.Validation(http, wrong);
                        }
                        var id = valid.Id!.Value;
                        var recorded = new ArrestRecorded(id, valid.Details, http.User.UserName(), now);
                        var (_, existing) = await session.StartOnceAsync(id, Arrest.Create(recorded), [recorded], http.RequestAborted);
                        return existing is not null && IsReplay(existing, valid.Details)
                            ? Results.Created($"/api/arrests/{id}", ArrestAnswers.View(existing))
                            : ArrestProblems.IdConflict(http);
                    });
            })
            .ReadsJson<ArrestRequest>()
            .Produces<ArrestView>(201)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
