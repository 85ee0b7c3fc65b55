using BorderPost.ServiceDefaults.Messaging.FailedMessages;
using BorderPost.ServiceDefaults;

namespace BorderPost.Reporting;

/// <summary>Builds the Reporting service; Program.cs runs it and tests start it on a port of their own.</summary>
// Sealed rather than static: it names the service to WebApplicationFactory<ReportingApp> in the service's own tests.
public sealed class ReportingApp
{
    private ReportingApp()
    {
    }

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddBorderPostAuthentication();
        builder.AddReporting();

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapDefaultEndpoints();
        app.MapApiDocument();
        app.MapReporting();
        app.MapFailedMessages("reporting");
        return app;
    }
}
