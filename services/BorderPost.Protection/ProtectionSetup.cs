using BorderPost.Protection.CheckingMinorTravel;
using BorderPost.Protection.Reconciling;
using BorderPost.Protection.AccessLog;
using BorderPost.Protection.Deadlines;
using BorderPost.Protection.FromArrests;
using BorderPost.Protection.Inbox;
using BorderPost.Protection.Publishing;
using BorderPost.Protection.Referring;
using BorderPost.Protection.ScreeningAdults;
using BorderPost.Protection.TravelAuthorisations;
using BorderPost.Protection.Workflow;
using BorderPost.ServiceDefaults.Messaging;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;

namespace BorderPost.Protection;

public static class ProtectionSetup
{
    public static IHostApplicationBuilder AddProtection(this IHostApplicationBuilder builder, ReferralClock clock)
    {
        builder.Services.Configure<NodeOptions>(builder.Configuration.GetSection(NodeOptions.SectionName));
        builder.Services.Configure<ProtectionOptions>(builder.Configuration.GetSection(ProtectionOptions.SectionName));
        builder.Services.AddSingleton(clock);
        builder.Services.AddAuthorizationBuilder().AddProtectionPolicies();
        builder.Services.AddSingleton<DeadlineWatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DeadlineWatcher>());

        builder.AddBorderPostMessaging(bus => bus.AddConsumer<PersonsFoundConsumer>(typeof(PersonsFoundConsumerDefinition)));
        builder.AddBorderPostMarten("protection", options =>
            {
                options.Projections.Snapshot<Referral>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<AccessRecord>(SnapshotLifecycle.Inline);
                options.Schema.For<Referral>().Index(r => r.Agency).Index(r => r.PostCode).Index(r => r.ReferredAt);
                options.Schema.For<AccessRecord>().Index(a => a.ReadAt).Index(a => a.ReferralId);
                options.Schema.For<KnownArrest>();
                options.Projections.Snapshot<TravelAuthorisation>(SnapshotLifecycle.Inline);
                options.Schema.For<TravelAuthorisation>().UniqueIndex(a => a.Number);
                options.Projections.Snapshot<Screening>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<MinorTravelCheck>(SnapshotLifecycle.Inline);
                options.Schema.For<MinorTravelCheck>().Index(c => c.InterceptionId);
                options.Schema.For<Screening>().Index(s => s.Recorded.InterceptionId!);
            })
            // HotCold: any number of instances; one at a time runs the relay and projections (docs/decisions/0001).
            .AddAsyncDaemon(DaemonMode.HotCold)
            .AddSubscriptionWithServices<ReferralEventsRelay>(ServiceLifetime.Singleton);
        return builder;
    }

    public static WebApplication MapProtection(this WebApplication app)
    {
        app.MapReferPerson();
        app.MapListReferrals();
        app.MapListAccessLog();
        app.MapGetReferral();
        app.MapAcknowledgeReferral();
        app.MapHandOverReferral();
        app.MapCloseReferral();
        app.MapReassignReferral();
        app.MapReferralCounts();
        app.MapIssueTravelAuthorisation();
        app.MapRevokeTravelAuthorisation();
        app.MapVerifyTravelAuthorisation();
        app.MapRecordScreening();
        app.MapGetScreening();
        app.MapProposeScreening();
        app.MapListTravelAuthorisations();
        app.MapCheckMinorTravel();
        app.MapGetMinorTravelCheck();
        app.MapListInterceptionRecords();
        return app;
    }
}
