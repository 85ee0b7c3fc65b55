using BorderPost.ServiceDefaults.Messaging.FailedMessages;
using BorderPost.ServiceDefaults;

namespace BorderPost.Protection;

/// <summary>Builds the Protection service; Program.cs runs it and tests start it on a port of their own.</summary>
// Sealed rather than static: it names the service to WebApplicationFactory<ProtectionApp> in the service's own tests.
public sealed class ProtectionApp
{
    private ProtectionApp()
    {
    }

    /// <param name="args">Command-line configuration.</param>
    /// <param name="clock">The referral workflow's clock (deadlines, step times); tests move a fake one.</param>
    public static WebApplication Build(string[] args, TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddBorderPostAuthentication();
        builder.AddProtection(new ReferralClock(clock ?? TimeProvider.System));

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapDefaultEndpoints();
        app.MapApiDocument();
        app.MapProtection();
        app.MapFailedMessages("protection");
        return app;
    }
}
