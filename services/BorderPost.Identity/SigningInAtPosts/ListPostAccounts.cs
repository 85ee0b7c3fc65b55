namespace BorderPost.Identity.SigningInAtPosts;

/// <summary>
/// At a post node, who can sign in here while the link is down: the accounts the post keeps, as headquarters last
/// confirmed them, and until when. The post's supervisor (or an admin) sees them; nobody sees a password or its hash.
/// </summary>
public static class ListPostAccounts
{
    private static readonly LocalizedText OtherPost = Texts.Get("ListPostAccounts.OtherPost");

    public static WebApplication MapListPostAccounts(this WebApplication app)
    {
        app.MapGet("/api/auth/post-accounts", async (HttpContext http, IQuerySession session, PostSignInSettings settings) =>
        {
            if (!http.User.IsInRole(Roles.Admin) && http.User.PostCode() != settings.Post)
            {
                return Problems.Status(http, StatusCodes.Status403Forbidden, OtherPost);
            }
            var kept = await session.Query<CachedAccount>().OrderBy(a => a.Id).ToListAsync(http.RequestAborted);
            return Results.Ok(kept.Select(a => new PostAccountView(a.Id, a.DisplayName, a.Role, a.ConfirmedAt,
                a.ConfirmedAt + settings.CachedAccountLifetime)).ToList());
        }).RequireAuthorization(p => p.RequireRole(Roles.Supervisor, Roles.Admin));
        return app;
    }
}
