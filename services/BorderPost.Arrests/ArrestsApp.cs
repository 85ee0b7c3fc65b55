using BorderPost.ServiceDefaults;

namespace BorderPost.Arrests;

/// <summary>Builds the Arrests service; Program.cs runs it and tests start it on a port of their own.</summary>
// Sealed rather than static: it names the service to WebApplicationFactory<ArrestsApp> in the service's own tests.
public sealed class ArrestsApp
{
    private ArrestsApp()
    {
    }

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddBorderPostAuthentication();
        builder.AddArrests();

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapDefaultEndpoints();
        app.MapApiDocument();
        app.MapArrests();
        return app;
    }
}
