namespace BorderPost.Arrests.Intercepting;

public static class RecordInterception
{
    /// <summary>
    /// <c>POST /api/interceptions</c> (post staff of the post): a stopped group, with no one's name (decision 0012). A
    /// client retries with the id it generated: the same content is the same interception.
    /// </summary>
    public static RouteHandlerBuilder MapRecordInterception(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/interceptions", (HttpContext http, IDocumentSession session, TimeProvider clock) =>
            {
                var now = clock.GetUtcNow();
                return ValidRequest.HandleAsync(http,
                    (InterceptionRequest request, FieldErrors errors) => (
                        Id: FieldRules.ClientId(request.Id, errors),
                        Details: InterceptionValidation.Validate(request, now, errors)),
                    async valid =>
                    {
                        if (!http.User.WorksAt(valid.Details!.PostCode))
                        {
                            return ArrestProblems.OtherPost(http);
                        }
                        var id = valid.Id!.Value;
                        var recorded = new InterceptionRecorded(id, valid.Details, http.User.UserName(), now);
                        var (_, existing) = await session.StartOnceAsync(id, Interception.Create(recorded), [recorded], http.RequestAborted);
                        return existing is not null && existing.Details == valid.Details
                            ? Results.Created($"/api/interceptions/{id}", InterceptionAnswers.View(existing))
                            : InterceptionMessages.IdConflict(http);
                    });
            })
            .ReadsJson<InterceptionRequest>()
            .Produces<InterceptionView>(201)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
