using BorderPost.Identity.IssuingTokens;
using Microsoft.AspNetCore.HttpOverrides;
using BorderPost.ServiceDefaults;
using BorderPost.ServiceDefaults.Authentication;

namespace BorderPost.Identity;

/// <summary>Builds the Identity service; Program.cs runs it and tests start it on a port of their own.</summary>
public static class IdentityApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddBorderPostAuthentication();
        builder.AddIdentity();

        // The client's address for the sign-in throttle: the gateway and the console add theirs in X-Forwarded-For, and
        // entries added by known proxies (loopback unless configured) are followed back to the client.
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            options.ForwardLimit = null;
        });

        var app = builder.Build();
        _ = app.Services.GetRequiredService<TokenIssuer>(); // no private key, no start
        app.UseForwardedHeaders();
        app.UseServiceDefaults();
        app.MapDefaultEndpoints();
        app.MapIdentity();
        return app;
    }
}
