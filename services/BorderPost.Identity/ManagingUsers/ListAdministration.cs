namespace BorderPost.Identity.ManagingUsers;

/// <summary>The audit of user administration for admins, newest first (<c>?user=</c> narrows to one account; at most 500).</summary>
public static class ListAdministration
{
    public const int Limit = 500;

    public static RouteHandlerBuilder MapListAdministration(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/users/audit", async (string? user, HttpContext http, IQuerySession session) =>
            {
                IQueryable<UserAdministered> steps = session.Events.QueryRawEventDataOnly<UserAdministered>();
                if (!string.IsNullOrWhiteSpace(user))
                {
                    var name = user.Trim().ToLowerInvariant();
                    steps = steps.Where(s => s.Username == name);
                }
                return Results.Ok(await steps.OrderByDescending(s => s.At).Take(Limit).ToListAsync(http.RequestAborted));
            })
            .RequireAuthorization(BorderPostPolicies.Admin);
}
