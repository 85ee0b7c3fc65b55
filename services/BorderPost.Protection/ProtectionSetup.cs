using BorderPost.Protection.CheckingAtPosts;
using BorderPost.Protection.CheckingMinorTravel;
using BorderPost.Protection.Reconciling;
using BorderPost.Protection.AccessLog;
using BorderPost.Protection.Deadlines;
using BorderPost.Protection.FromArrests;
using BorderPost.Protection.Inbox;
using BorderPost.Protection.Publishing;
using BorderPost.Protection.Referring;
using BorderPost.Protection.ReferringAtPosts;
using BorderPost.Protection.ScreeningAdults;
using BorderPost.Protection.TravelAuthorisations;
using BorderPost.Protection.Workflow;
using BorderPost.ServiceDefaults.Messaging;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Microsoft.Extensions.Options;

namespace BorderPost.Protection;

public static class ProtectionSetup
{
    public static IHostApplicationBuilder AddProtection(this IHostApplicationBuilder builder, ReferralClock clock)
    {
        builder.Services.Configure<NodeOptions>(builder.Configuration.GetSection(NodeOptions.SectionName));
        builder.Services.Configure<ProtectionOptions>(builder.Configuration.GetSection(ProtectionOptions.SectionName));
        builder.Services.AddSingleton(clock);
        builder.Services.AddAuthorizationBuilder().AddProtectionPolicies();
        // A post node's Protection checks minors leaving Haiti on its copy of IBESR's authorisations and takes officers'
        // referrals, and sends each up; referrals are opened, watched and worked on at headquarters only.
        var atPost = builder.Configuration.GetSection(NodeOptions.SectionName).Get<NodeOptions>()?.IsPost ?? false;
        builder.Services.AddSingleton<DeadlineWatcher>();
        if (!atPost)
        {
            builder.Services.AddHostedService(sp => sp.GetRequiredService<DeadlineWatcher>());
        }

        builder.AddBorderPostMessaging(bus =>
        {
            if (atPost)
            {
                bus.AddConsumer<ReferralStatesFromHeadquartersConsumer>(typeof(ReferralStatesFromHeadquartersConsumerDefinition));
            }
            else
            {
                bus.AddConsumer<PersonsFoundConsumer>(typeof(PersonsFoundConsumerDefinition));
            }
            // In every node, so that both exchanges exist before a post links (each does nothing where it does not belong).
            bus.AddConsumer<AuthorisationsFromHeadquartersConsumer>(typeof(AuthorisationsFromHeadquartersConsumerDefinition));
            bus.AddConsumer<ChecksFromPostsConsumer>(typeof(ChecksFromPostsConsumerDefinition));
            bus.AddConsumer<ReferralsFromPostsConsumer>(typeof(ReferralsFromPostsConsumerDefinition));
        });
        builder.AddBorderPostMarten("protection", options =>
            {
                options.Projections.Snapshot<Referral>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<AccessRecord>(SnapshotLifecycle.Inline);
                options.Schema.For<Referral>().Index(r => r.Agency).Index(r => r.PostCode).Index(r => r.ReferredAt);
                options.Schema.For<AccessRecord>().Index(a => a.ReadAt).Index(a => a.ReferralId);
                options.Schema.For<KnownArrest>();
                options.Projections.Snapshot<TravelAuthorisation>(SnapshotLifecycle.Inline);
                options.Schema.For<TravelAuthorisation>().UniqueIndex(a => a.Number);
                options.Schema.For<ReferralStateAtPost>();
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
        app.MapCheckMinorTravel();
        app.MapGetMinorTravelCheck();
        app.MapListInterceptionRecords();
        app.MapGetAuthorisationCopy();
        app.MapReferPerson();
        if (app.Services.GetRequiredService<IOptions<NodeOptions>>().Value.IsPost)
        {
            return app; // a post node's Protection checks minors and takes referrals; they are worked on at headquarters
        }
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
        app.MapSendAuthorisationsToPosts();
        return app;
    }
}
