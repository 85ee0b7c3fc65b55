using BorderPost.Reporting.Reconciling;
using BorderPost.Reporting.CountingArrests;
using BorderPost.Reporting.CountingCrossings;
using BorderPost.Reporting.CountingDocuments;
using BorderPost.Reporting.CountingReferrals;
using BorderPost.Reporting.Rebuilding;
using BorderPost.Reporting.Totals;
using BorderPost.Reporting.WatchingPostLinks;
using BorderPost.ServiceDefaults.Messaging;
using BorderPost.ServiceDefaults.EventStore;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BorderPost.Reporting;

public static class ReportingSetup
{
    public static IHostApplicationBuilder AddReporting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder().AddReportingPolicies();
        builder.Services.AddHttpClient(nameof(GetReconciliation), c => c.Timeout = TimeSpan.FromMinutes(2));
        builder.AddBorderPostMessaging(bus =>
        {
            bus.AddConsumer<CrossingEventsConsumer>(typeof(CrossingEventsConsumerDefinition));
            bus.AddConsumer<DocumentEventsConsumer>(typeof(DocumentEventsConsumerDefinition));
            bus.AddConsumer<ArrestEventsConsumer>(typeof(ArrestEventsConsumerDefinition));
            bus.AddConsumer<ReferralEventsConsumer>(typeof(ReferralEventsConsumerDefinition));
            bus.AddConsumer<PostNodeHeartbeatConsumer>(typeof(PostNodeHeartbeatConsumerDefinition));
        });
        builder.AddBorderPostMarten("reporting", options =>
            {
                options.Projections.Add<DailyTotalsProjection>(ProjectionLifecycle.Async);
                options.Projections.Add<MonthlyTotalsProjection>(ProjectionLifecycle.Async);
                options.Schema.For<DailyTotal>().Index(t => t.Day).Index(t => t.PostCode);
                options.Schema.For<MonthlyTotal>().Index(t => t.Day).Index(t => t.PostCode);
                options.Schema.For<TotalsRebuild>().UseOptimisticConcurrency(true);
            })
            // HotCold: any number of instances; one at a time runs the projections (docs/decisions/0001).
            .AddAsyncDaemon(DaemonMode.HotCold);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<TotalsRebuilder>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TotalsRebuilder>());
        return builder;
    }

    public static WebApplication MapReporting(this WebApplication app)
    {
        app.MapGetTotals();
        app.MapGetTotalsCsv();
        app.MapGetTotalsXlsx();
        app.MapGetReconciliation();
        app.MapRebuildTotals();
        app.MapGetRebuild();
        app.MapGetPostLinks();
        return app;
    }
}
