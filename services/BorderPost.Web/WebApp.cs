using BorderPost.ServiceDefaults;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace BorderPost.Web;

/// <summary>
/// The web console: server-rendered pages (no JavaScript), behind the gateway at <c>/</c>. The browser holds a cookie
/// session; the page handlers call the services through the gateway with the user's token.
/// </summary>
public static class WebApp
{
    /// <summary>Headquarters, and supervisors for their own post: the totals pages.</summary>
    public const string Headquarters = "hq";

    public static WebApplication Build(string[] args)
    {
        // The application name finds the compiled pages even when tests host the console in their own process.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(WebApp).Assembly.GetName().Name });
        builder.AddServiceDefaults();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.AddScoped<UiText>();
        builder.Services.AddHttpClient<ApiClient>(client =>
        {
            client.BaseAddress = new Uri(builder.Configuration["Web:ApiUrl"] ?? "http://127.0.0.1:8080");
            client.Timeout = TimeSpan.FromSeconds(30);
        });
        builder.Services.AddScoped<CrossingsClient>().AddScoped<ArrestsClient>().AddScoped<DocumentsClient>()
            .AddScoped<ReferralsClient>().AddScoped<ReportsClient>().AddScoped<IdentityClient>()
            .AddScoped<InterceptionsClient>().AddScoped<MinorTravelClient>().AddScoped<FailedMessagesClient>();
        // The keys that seal the session cookie and the forms' anti-forgery tokens. Replicas behind one gateway share
        // them (a directory on a shared volume), or a session opened on one is refused by the other and a form posted
        // to it fails; on a volume they also outlive a restart, which would otherwise sign every user out.
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("BorderPost.Web");
        if (builder.Configuration["DataProtection:KeysDirectory"] is { Length: > 0 } keys)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keys));
        }
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/login";
                options.LogoutPath = "/logout";
                options.AccessDeniedPath = "/denied";
                options.Cookie.Name = "bp-session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                // The session lasts as long as the service token it carries (Identity's token lifetime).
                options.SlidingExpiration = false;
            });
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddBorderPostPolicies()
            .AddPolicy(Headquarters, p => p.RequireRole(Roles.Hq, Roles.Supervisor));
        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Post", BorderPostPolicies.PostStaff);
            options.Conventions.AuthorizeFolder("/Protection", BorderPostPolicies.ProtectionOfficer);
            options.Conventions.AuthorizeFolder("/Hq", Headquarters);
            options.Conventions.AuthorizeFolder("/Admin", BorderPostPolicies.Admin);
            options.Conventions.AllowAnonymousToPage("/Login");
            options.Conventions.AllowAnonymousToPage("/Language");
            options.Conventions.AllowAnonymousToPage("/Error");
        });

        // Secure cookies: always outside Development (behind a TLS-terminating proxy the browser only ever speaks HTTPS);
        // in Development, as the request came (X-Forwarded-Proto from a loopback proxy counts).
        var secureCookies = builder.Configuration.GetValue("Web:SecureCookies", !builder.Environment.IsDevelopment());

        var app = builder.Build();
        app.UseForwardedHeaders(); // the browser's address and scheme, as the gateway forwards them
        app.UseCookiePolicy(new CookiePolicyOptions
        {
            Secure = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest,
            HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always,
        });
        app.UseSecurityHeaders();
        app.UseRequestLocalization(ConsoleLanguages.Options());
        app.UseExceptionHandler("/error");
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=86400" });
        app.UseAuthentication();
        app.UsePasswordChangeFirst();
        app.UseAuthorization();
        app.MapDefaultEndpoints();
        app.MapRazorPages();
        return app;
    }
}
