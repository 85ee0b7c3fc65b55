using BorderPost.ServiceDefaults.Messaging;
using JasperFx.Events;
using MassTransit;
using Microsoft.Extensions.Options;

namespace BorderPost.Protection.Publishing;

/// <summary>
/// Protection's outbox. At headquarters: referrals opened, acknowledged, overdue and closed, screening decisions and
/// minors' travel checks go out for counting, as codes only (details recorded later, hand-overs, reassignments and
/// reads of details stay here), and IBESR's authorisations go down to the posts. At a post node: only the minors'
/// checks and the officers' referrals made there, whole, up to headquarters' Protection, which keeps them and publishes
/// them as headquarters does.
/// </summary>
public sealed class ReferralEventsRelay(IBus bus, IOptions<NodeOptions> node, ILogger<ReferralEventsRelay> logger)
    : EventStoreOutbox("referral-events", bus, logger)
{
    protected override async Task<object?> ToIntegrationEventAsync(IEvent e, IDocumentStore store, CancellationToken ct)
    {
        var origin = node.Value.Name;
        if (node.Value.IsPost)
        {
            return e.Data switch
            {
                CheckingMinorTravel.MinorTravelChecked atPost => CheckingAtPosts.ChecksFromPosts.Sent(atPost,
                    atPost.ReferralId is { } referral ? await LoadAsync<Referral>(referral, store, ct) : null),
                // A held child's referral goes up within its check; an officer's referral goes up on its own.
                Referred { Details: not null } referred when !await OpenedByCheckAsync(referred.ReferralId, store, ct) =>
                    ReferringAtPosts.ReferralsFromPosts.Sent(referred),
                _ => null,
            };
        }
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
            TravelAuthorisations.TravelAuthorisationIssued issued =>
                CheckingAtPosts.AuthorisationsForPosts.Changed(e.Id, TravelAuthorisations.TravelAuthorisation.Create(issued)),
            TravelAuthorisations.TravelAuthorisationRevoked revoked => CheckingAtPosts.AuthorisationsForPosts.Changed(e.Id,
                (await StateBeforeAsync<TravelAuthorisations.TravelAuthorisation>(e, store, ct)).Apply(revoked)),
            TravelAuthorisations.TravelAuthorisationSentToPosts => CheckingAtPosts.AuthorisationsForPosts.Changed(e.Id,
                await StateBeforeAsync<TravelAuthorisations.TravelAuthorisation>(e, store, ct)),
            _ => null,
        };
    }

    private static Task<bool> OpenedByCheckAsync(Guid referralId, IDocumentStore store, CancellationToken ct) =>
        ReadAsync(store, session => session.Query<CheckingMinorTravel.MinorTravelCheck>().AnyAsync(c => c.Checked.ReferralId == referralId, ct), ct);

    private static Task<T?> LoadAsync<T>(Guid id, IDocumentStore store, CancellationToken ct)
        where T : class =>
        ReadAsync(store, session => session.LoadAsync<T>(id, ct), ct);

    // Headquarters counts referrals: one that was acknowledged (or overdue) before a reassignment and is again after it
    // still counts once. The later steps stay in the referral's history.
    private static Referral? FirstTime(Referral before, string step) => before.History.Any(s => s.Step == step) ? null : before;
}
