using BorderPost.ServiceDefaults;
using BorderPost.ServiceDefaults.Authentication;
using BorderPost.ServiceDefaults.Health;

namespace BorderPost.Gateway;

/// <summary>
/// The front door: routes /api/* to the services and turns away unauthenticated calls before they travel
/// (each service still checks the token and the role itself).
/// </summary>
public static class GatewayApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddBorderPostAuthentication();
        builder.Services.AddHttpClient(nameof(DownstreamReadiness), c => c.Timeout = TimeSpan.FromSeconds(5));
        builder.Services.AddHealthChecks().AddCheck<DownstreamReadiness>("downstream", tags: [HealthTags.Ready]);
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapDefaultEndpoints();
        app.UseJsonBodyLimit();
        app.MapReverseProxy();
        return app;
    }
}
