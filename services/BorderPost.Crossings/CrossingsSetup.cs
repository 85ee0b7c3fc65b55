using BorderPost.Crossings.Reconciling;
using BorderPost.Crossings.CorrectingCrossings;
using BorderPost.Crossings.Publishing;
using BorderPost.Crossings.RecordingCrossings;
using BorderPost.Crossings.ReferenceData;
using BorderPost.Crossings.ViewingCrossings;
using BorderPost.Crossings.WatchingTheLink;
using JasperFx.Events.Projections;
using BorderPost.ServiceDefaults.Messaging;
using JasperFx.Events.Daemon;

namespace BorderPost.Crossings;

public static class CrossingsSetup
{
    public static IHostApplicationBuilder AddCrossings(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<NodeOptions>(builder.Configuration.GetSection(NodeOptions.SectionName));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CrossingPointDirectory>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CrossingPointDirectory>());
        builder.Services.AddHostedService<PostNodeHeartbeats>();
        builder.Services.Configure<LinkStatusOptions>(builder.Configuration.GetSection(LinkStatusOptions.SectionName));
        builder.Services.AddHttpClient(nameof(HeadquartersLink), c => c.Timeout = TimeSpan.FromSeconds(3));
        builder.Services.AddSingleton<HeadquartersLink>();
        builder.Services.AddAuthorizationBuilder().AddCrossingPolicies();
        builder.Services.AddCrossingWriteBulkhead(builder.Configuration);
        builder.Services.AddGroupCommit<Crossing>(builder.Configuration.GetSection("GroupCommits:Crossings"));

        builder.AddBorderPostMessaging();
        builder.AddBorderPostMarten("crossings", options =>
            {
                options.Projections.Snapshot<Crossing>(SnapshotLifecycle.Inline);
                options.Schema.For<Crossing>().Index(c => c.PostCode).Index(c => c.Day);
                options.Schema.For<CrossingPoint>().Identity(p => p.Id);
            })
            // HotCold: any number of instances; one at a time runs the relay and projections (docs/decisions/0001).
            .AddAsyncDaemon(DaemonMode.HotCold)
            .AddSubscriptionWithServices<IntegrationEventRelay>(ServiceLifetime.Singleton);
        return builder;
    }

    public static WebApplication MapCrossings(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapRecordCrossing();
        app.MapCorrectCrossing();
        app.MapVoidCrossing();
        app.MapGetCrossing();
        app.MapListCrossings();
        app.MapListCrossingPoints();
        app.MapCrossingCounts();
        app.MapAddCrossingPoint();
        app.MapGetHeadquartersLink();
        return app;
    }
}
