using BorderPost.ServiceDefaults.Messaging.FailedMessages;
using BorderPost.Documents.Reading.Ocr;
using BorderPost.ServiceDefaults;

namespace BorderPost.Documents;

/// <summary>Builds the Documents service; Program.cs runs it and tests start it on a port of their own.</summary>
// Sealed rather than static: it names the service to WebApplicationFactory<DocumentsApp> in the service's own tests.
public sealed class DocumentsApp
{
    private DocumentsApp()
    {
    }

    public static WebApplication Build(string[] args)
    {
        // libtesseract before OpenCV's native library, whatever runs first (see NativeLibraries).
        NativeLibraries.EnsureLoadOrder();
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddBorderPostAuthentication();
        builder.AddDocuments();

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapDefaultEndpoints();
        app.MapApiDocument();
        app.MapDocuments();
        app.MapFailedMessages("documents");
        return app;
    }
}
