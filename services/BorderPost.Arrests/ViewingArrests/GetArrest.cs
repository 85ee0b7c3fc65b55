namespace BorderPost.Arrests.ViewingArrests;

public static class GetArrest
{
    /// <summary>One arrest, for officers and supervisors of its post; another post's arrest is simply not found.</summary>
    public static RouteHandlerBuilder MapGetArrest(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/arrests/{id:guid}", async (Guid id, HttpContext http, IQuerySession session) =>
            {
                var arrest = await session.LoadAsync<Arrest>(id, http.RequestAborted);
                return arrest is null || !http.User.WorksAt(arrest.PostCode)
                    ? ArrestProblems.NotFound(http)
                    : Results.Ok(ArrestAnswers.View(arrest));
            })
            .Produces<ArrestView>(200)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
