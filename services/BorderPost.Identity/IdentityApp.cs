using BorderPost.Identity.IssuingTokens;
using BorderPost.ServiceDefaults;

namespace BorderPost.Identity;

/// <summary>Builds the Identity service; Program.cs runs it and tests start it on a port of their own.</summary>
// Sealed rather than static: it names the service to WebApplicationFactory<IdentityApp> in the service's own tests.
public sealed class IdentityApp
{
    private IdentityApp()
    {
    }

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddBorderPostAuthentication();
        builder.AddIdentity();

        var app = builder.Build();
        _ = app.Services.GetRequiredService<TokenIssuer>(); // no private key, no start
        app.UseServiceDefaults();
        app.MapDefaultEndpoints();
        app.MapApiDocument();
        app.MapIdentity();
        return app;
    }
}
