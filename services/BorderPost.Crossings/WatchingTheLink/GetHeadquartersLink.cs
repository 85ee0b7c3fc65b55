namespace BorderPost.Crossings.WatchingTheLink;

public static class GetHeadquartersLink
{
    /// <summary>
    /// <c>GET /api/crossings/link</c>: whether the post's link to headquarters is up and how many of its events wait
    /// at the post. Post staff (the console shows it on every page) and the admin.
    /// </summary>
    public static RouteHandlerBuilder MapGetHeadquartersLink(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/crossings/link", async (HeadquartersLink link, CancellationToken ct) => Results.Ok(await link.StatusAsync(ct)))
            .Produces<HeadquartersLinkView>(200)
            .RequireAuthorization(CrossingPolicies.PointReaders);
}
