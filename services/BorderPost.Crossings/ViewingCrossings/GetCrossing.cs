namespace BorderPost.Crossings.ViewingCrossings;

public static class GetCrossing
{
    /// <summary>One crossing, for officers and supervisors of its post; another post's crossing is simply not found.</summary>
    public static RouteHandlerBuilder MapGetCrossing(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/crossings/{id:guid}", async (Guid id, HttpContext http, IQuerySession session) =>
            {
                var crossing = await session.LoadAsync<Crossing>(id, http.RequestAborted);
                return crossing is null || !http.User.WorksAt(crossing.PostCode)
                    ? CrossingProblems.NotFound(http)
                    : Results.Ok(CrossingAnswers.View(crossing));
            })
            .Produces<CrossingView>(200)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(BorderPostPolicies.PostStaff);
}
