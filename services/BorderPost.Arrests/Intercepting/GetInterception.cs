namespace BorderPost.Arrests.Intercepting;

public static class GetInterception
{
    /// <summary>One interception, for officers and supervisors of its post; another post's is simply not found.</summary>
    public static RouteHandlerBuilder MapGetInterception(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/interceptions/{id:guid}", async (Guid id, HttpContext http, IQuerySession session) =>
            {
                var interception = await session.LoadAsync<Interception>(id, http.RequestAborted);
                return interception is null || !http.User.WorksAt(interception.PostCode)
                    ? InterceptionMessages.NotFound(http)
                    : Results.Ok(InterceptionAnswers.View(interception));
            })
            .Produces<InterceptionView>(200)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
