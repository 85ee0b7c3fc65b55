namespace BorderPost.Web;

/// <summary>
/// A session opened with a password the administrator set goes to the password change and nowhere else (the services
/// refuse its token everywhere else anyway): its owner chooses a new one first.
/// </summary>
public static class PasswordChangeFirst
{
    public const string Page = "/account/password";

    private static readonly string[] Open = [Page, "/logout", "/login", "/language", "/css/", "/error"];

    public static WebApplication UsePasswordChangeFirst(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            if (http.User.HasClaim(c => c.Type == BorderPostClaims.PasswordChangeRequired)
                && !Open.Any(p => http.Request.Path.StartsWithSegments(p.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)))
            {
                http.Response.Redirect(Page);
                return Task.CompletedTask;
            }
            return next(http);
        });
        return app;
    }
}
