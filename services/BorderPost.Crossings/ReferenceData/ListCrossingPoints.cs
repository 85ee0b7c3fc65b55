using BorderPost.ServiceDefaults.Authentication;

namespace BorderPost.Crossings.ReferenceData;

public static class ListCrossingPoints
{
    /// <summary>The official post and the unofficial points the caller's post watches, for pick-lists.</summary>
    public static RouteHandlerBuilder MapListCrossingPoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/crossings/points", (HttpContext http, CrossingPointDirectory points) =>
                Results.Ok(points.Of(http.User.PostCode())))
            .RequireAuthorization(CrossingPolicies.PostStaff);
}
