namespace BorderPost.Crossings.ReferenceData;

public static class ListCrossingPoints
{
    /// <summary>For pick-lists: an officer's or supervisor's own post and its unofficial points; every point for the admin.</summary>
    public static RouteHandlerBuilder MapListCrossingPoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/crossings/points", (HttpContext http, CrossingPointDirectory points) =>
                Results.Ok((http.User.IsInRole(Roles.Admin) ? points.All : points.Of(http.User.PostCode())).Select(p => p.ToView()).ToList()))
            .Produces<List<CrossingPointView>>(200)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(CrossingPolicies.PointReaders);
}
