using BorderPost.Documents.Reconciling;
using BorderPost.Documents.ConsultingRegisters;
using BorderPost.Documents.Register;
using BorderPost.Documents.CheckingDocuments;
using BorderPost.Documents.KnowingCrossings;
using BorderPost.Documents.Publishing;
using BorderPost.Documents.ReviewingChecks;
using BorderPost.Documents.Reading.Ocr;
using BorderPost.Documents.Reading.Photo;
using BorderPost.Documents.Reading.VisualZone;
using BorderPost.Documents.SharingTheRegister;
using BorderPost.Documents.Storage;
using BorderPost.Documents.ViewingChecks;
using BorderPost.ServiceDefaults.Messaging;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Microsoft.Extensions.Options;

namespace BorderPost.Documents;

public static class DocumentsSetup
{
    public static IHostApplicationBuilder AddDocuments(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<NodeOptions>(builder.Configuration.GetSection(NodeOptions.SectionName));
        builder.Services.Configure<DocumentsOptions>(builder.Configuration.GetSection(DocumentsOptions.SectionName));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DocumentsOptions>>().Value;
            return new OcrEnginePool(Math.Max(1, options.OcrEngines), options.TessdataPath);
        });
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DocumentsOptions>>().Value;
            return new PrintedFieldCheck(PrintedFieldCheck.Engines(Math.Max(1, options.OcrEngines), options.TessdataPath, options.PrintedFieldLanguages));
        });
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DocumentsOptions>>().Value;
            return new DocumentReader(
                sp.GetRequiredService<OcrEnginePool>(), options.CertainReading, options.ComparePrintedFields ? sp.GetRequiredService<PrintedFieldCheck>() : null,
                PhotoCheckOf(options, sp.GetRequiredService<ILoggerFactory>().CreateLogger<DocumentReader>()));
        });
        builder.Services.AddSingleton(sp => new ReadingSlots(sp.GetRequiredService<OcrEnginePool>().Size));
        builder.Services.AddSingleton<DocumentCheckRun>();
        builder.Services.AddSingleton<RegisterConsultation>();
        builder.Services.AddHostedService<OcrWarmUp>();
        builder.Services.AddAuthorizationBuilder().AddBorderPostPolicies();

        builder.AddBorderPostMessaging(bus =>
        {
            bus.AddConsumer<CheckDocumentConsumer>(typeof(CheckDocumentConsumerDefinition));
            bus.AddConsumer<CrossingsConsumer>(typeof(CrossingsConsumerDefinition));
            bus.AddConsumer<RegisterFromHeadquartersConsumer>(typeof(RegisterFromHeadquartersConsumerDefinition));
        });
        builder.AddBorderPostMarten("documents", options =>
            {
                options.Projections.Snapshot<DocumentCheck>(SnapshotLifecycle.Inline);
                options.Schema.For<DocumentCheck>().Index(c => c.Post);
                options.AddImageTable();
                options.Schema.For<ReportedDocument>().Index(d => d.ImportId);
                options.Schema.For<DocumentSighting>().Index(s => s.DocumentKey);
                options.Schema.For<KnownCrossing>();
            })
            // HotCold: any number of instances; one at a time runs the relay and projections (docs/decisions/0001).
            .AddAsyncDaemon(DaemonMode.HotCold)
            .AddSubscriptionWithServices<DocumentCheckedRelay>(ServiceLifetime.Singleton);
        return builder;
    }

    private static PhotoCheck? PhotoCheckOf(DocumentsOptions options, ILogger logger)
    {
        if (!options.CheckPhoto)
        {
            return null;
        }
        if (FaceDetector.Open(options.FaceCascade) is not { } faces)
        {
            logger.LogWarning("Photo checks off: no face cascade at {Cascade} (install Debian's opencv-data)", options.FaceCascade);
            return null;
        }
        return new PhotoCheck(faces);
    }

    public static WebApplication MapDocuments(this WebApplication app)
    {
        app.MapSubmitDocumentCheck();
        app.MapGetDocumentCheck();
        app.MapGetDocumentImage();
        app.MapGetDocumentEvidence();
        app.MapReviewDocumentCheck();
        app.MapDocumentCheckCounts();
        app.MapImportRegister();
        app.MapGetRegisterStatus();
        app.MapSendRegisterToPosts();
        return app;
    }
}

/// <summary>Initialises one OCR engine at start-up, so the first officer's check does not wait for it.</summary>
internal sealed class OcrWarmUp(OcrEnginePool engines, PrintedFieldCheck printed, IOptions<DocumentsOptions> options, ILogger<OcrWarmUp> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        engines.WarmUp();
        if (options.Value.ComparePrintedFields)
        {
            printed.WarmUp();
        }
        logger.LogInformation("OCR ready: {Engines} engine(s) at most", engines.Size);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
