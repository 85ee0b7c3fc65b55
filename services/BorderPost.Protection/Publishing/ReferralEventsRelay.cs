using BorderPost.ServiceDefaults.Messaging;
using JasperFx.Events;
using MassTransit;
using Microsoft.Extensions.Options;

namespace BorderPost.Protection.Publishing;

/// <summary>
/// Protection's outbox: referrals opened, acknowledged, overdue and closed, screening decisions and minors' travel checks, go out for counting,
/// as codes only. Details
/// recorded later, hand-overs, reassignments and reads of details stay here.
/// </summary>
public sealed class ReferralEventsRelay(IBus bus, IOptions<NodeOptions> node, ILogger<ReferralEventsRelay> logger)
    : EventStoreOutbox("referral-events", bus, logger)
{
    protected override async Task<object?> ToIntegrationEventAsync(IEvent e, IDocumentStore store, CancellationToken ct)
    {
        var origin = node.Value.Name;
        return e.Data switch
        {
            Referred referred => IntegrationEvents.Opened(e.Id, origin, referred),
            Acknowledged acknowledged => FirstTime(await StateBeforeAsync<Referral>(e, store, ct), "acknowledged") is { } before
                ? IntegrationEvents.Acknowledged(e.Id, origin, before, acknowledged)
                : null,
            ReferralOverdue overdue => FirstTime(await StateBeforeAsync<Referral>(e, store, ct), "overdue") is { } before
                ? IntegrationEvents.Overdue(e.Id, origin, before, overdue)
                : null,
            Closed closed => IntegrationEvents.Closed(e.Id, origin, await StateBeforeAsync<Referral>(e, store, ct), closed),
            ScreeningAdults.ScreeningRecorded screened => IntegrationEvents.Screened(e.Id, origin, screened),
            CheckingMinorTravel.MinorTravelChecked minorChecked => IntegrationEvents.MinorChecked(e.Id, origin, minorChecked),
            _ => null,
        };
    }

    // Headquarters counts referrals: one that was acknowledged (or overdue) before a reassignment and is again after it
    // still counts once. The later steps stay in the referral's history.
    private static Referral? FirstTime(Referral before, string step) => before.History.Any(s => s.Step == step) ? null : before;
}
