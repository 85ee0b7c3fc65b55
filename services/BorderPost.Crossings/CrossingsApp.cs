using BorderPost.ServiceDefaults;

namespace BorderPost.Crossings;

/// <summary>Builds the Crossings service; Program.cs runs it and tests start it on a port of their own.</summary>
// Sealed rather than static: it names the service to WebApplicationFactory<CrossingsApp> in the service's own tests.
public sealed class CrossingsApp
{
    private CrossingsApp()
    {
    }

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddBorderPostAuthentication();
        builder.AddCrossings();

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapDefaultEndpoints();
        app.MapApiDocument();
        app.MapCrossings();
        return app;
    }
}
