using BorderPost.Identity.IssuingTokens;

namespace BorderPost.Identity.ManagingUsers;

/// <summary>
/// The latest sign-in attempts, newest first, for admins: who, from which address, how it ended, and the wait imposed
/// (<c>?user=</c> narrows to one account, <c>?outcome=</c> to one outcome; at most 500).
/// </summary>
public static class ListSignInAttempts
{
    public const int Limit = 500;

    public static RouteHandlerBuilder MapListSignInAttempts(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/users/sign-in-attempts", async (string? user, string? outcome, HttpContext http, IQuerySession session) =>
            {
                IQueryable<SignInAttempted> attempts = session.Events.QueryRawEventDataOnly<SignInAttempted>();
                if (!string.IsNullOrWhiteSpace(user))
                {
                    var name = user.Trim().ToLowerInvariant();
                    attempts = attempts.Where(a => a.Username == name);
                }
                if (!string.IsNullOrWhiteSpace(outcome))
                {
                    attempts = attempts.Where(a => a.Outcome == outcome);
                }
                return Results.Ok(await attempts.OrderByDescending(a => a.At).Take(Limit).ToListAsync(http.RequestAborted));
            })
            .RequireAuthorization(BorderPostPolicies.Admin);
}
