using BorderPost.Arrests.Reconciling;
using BorderPost.Arrests.CorrectingArrests;
using BorderPost.Arrests.Custody;
using BorderPost.Arrests.FollowingReferrals;
using BorderPost.Arrests.Intercepting;
using BorderPost.Arrests.Publishing;
using BorderPost.Arrests.RecordingArrests;
using BorderPost.Arrests.ViewingArrests;
using BorderPost.ServiceDefaults.Messaging;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;

namespace BorderPost.Arrests;

public static class ArrestsSetup
{
    public static IHostApplicationBuilder AddArrests(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<NodeOptions>(builder.Configuration.GetSection(NodeOptions.SectionName));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddAuthorizationBuilder().AddBorderPostPolicies();

        builder.AddBorderPostMessaging(bus => bus.AddConsumer<ReferralProgressConsumer>(typeof(ReferralProgressConsumerDefinition)));
        builder.AddBorderPostMarten("arrests", options =>
            {
                options.Projections.Snapshot<Arrest>(SnapshotLifecycle.Inline);
                options.Schema.For<Arrest>().Index(a => a.PostCode).Index(a => a.Day);
                options.Projections.Snapshot<Interception>(SnapshotLifecycle.Inline);
                options.Schema.For<Interception>().Index(i => i.PostCode).Index(i => i.Day);
                options.Schema.For<ReferralProgress>().Index(r => r.Post).UseOptimisticConcurrency(true);
            }, minPoolSize: RecordArrestWarmUp.Connections)
            // HotCold: any number of instances; one at a time runs the relay and projections (docs/decisions/0001).
            .AddAsyncDaemon(DaemonMode.HotCold)
            .AddSubscriptionWithServices<ArrestEventsRelay>(ServiceLifetime.Singleton);
        builder.Services.AddWarmUpWrite(RecordArrestWarmUp.Write, RecordArrestWarmUp.Connections);
        return builder;
    }

    public static WebApplication MapArrests(this WebApplication app)
    {
        app.MapRecordArrest();
        app.MapCorrectArrest();
        app.MapTransferSuspect();
        app.MapReleaseSuspect();
        app.MapGetArrest();
        app.MapListArrests();
        app.MapArrestCounts();
        app.MapRecordInterception();
        app.MapGetInterception();
        app.MapCorrectInterception();
        app.MapListReferralProgress();
        return app;
    }
}
