namespace BorderPost.Identity.IssuingTokens;

public static class WhoAmI
{
    /// <summary>What the caller's token says about them, for a client to shape its screens.</summary>
    public static RouteHandlerBuilder MapWhoAmI(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/auth/me", (HttpContext http) => Results.Ok(new WhoAmIResponse(
            http.User.UserName(),
            http.User.FindFirst(BorderPostClaims.Name)?.Value,
            http.User.FindFirst(BorderPostClaims.Role)?.Value,
            http.User.PostCode(),
            http.User.FindFirst(BorderPostClaims.Agency)?.Value)));
}
