namespace BorderPost.Arrests.Intercepting;

public static class GetInterception
{
    /// <summary>
    /// One interception with the arrests made from its group and their states, for officers and supervisors of its post;
    /// another post's is simply not found.
    /// </summary>
    public static RouteHandlerBuilder MapGetInterception(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/interceptions/{id:guid}", async (Guid id, HttpContext http, IQuerySession session) =>
            {
                var interception = await session.LoadAsync<Interception>(id, http.RequestAborted);
                if (interception is null || !http.User.WorksAt(interception.PostCode))
                {
                    return InterceptionMessages.NotFound(http);
                }
                var arrests = await session.Query<Arrest>()
                    .Where(a => a.PostCode == interception.PostCode && a.Details.Intercepted != null && a.Details.Intercepted.InterceptionId == id)
                    .OrderBy(a => a.RecordedAt).ToListAsync(http.RequestAborted);
                return Results.Ok(InterceptionAnswers.View(interception, arrests));
            })
            .Produces<InterceptionView>(200)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
