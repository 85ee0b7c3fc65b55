using BorderPost.Contracts.Protection;
using BorderPost.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;

namespace BorderPost.Protection.CheckingAtPosts;

/// <summary>
/// How far headquarters took a referral opened from one of this post's checks, as the post last heard: the post's own
/// copy of the referral stays as the check opened it, and the agency works on it at headquarters.
/// </summary>
public sealed record ReferralStateAtPost(Guid Id, ReferralStatus Status, DateTimeOffset ChangedAt);

/// <summary>
/// At a post node, keeps how far headquarters took the post's referrals (acknowledged, closed), from Protection's
/// referral events that come down, so that the post's list of a stopped group's checks says where each child's
/// referral stands, the link up or down. Registered at post nodes only. Idempotent and indifferent to order: a state
/// never goes back.
/// </summary>
public sealed class ReferralStatesFromHeadquartersConsumer(IDocumentStore store, IOptions<NodeOptions> node)
    : IConsumer<ReferralAcknowledged>, IConsumer<ReferralClosed>
{
    public Task Consume(ConsumeContext<ReferralAcknowledged> context) => KeepAsync(context.Message.ReferralId, context.Message.Facts.Post,
        ReferralStatus.Acknowledged, context.Message.AcknowledgedAt, context.CancellationToken);

    public Task Consume(ConsumeContext<ReferralClosed> context) => KeepAsync(context.Message.ReferralId, context.Message.Facts.Post,
        ReferralStatus.Closed, context.Message.ClosedAt, context.CancellationToken);

    private async Task KeepAsync(Guid referralId, string post, ReferralStatus status, DateTimeOffset at, CancellationToken ct)
    {
        if (!string.Equals(post, node.Value.Name, StringComparison.OrdinalIgnoreCase))
        {
            return; // another post's: every post's broker sees every post's referral events
        }
        await using var session = store.LightweightSession();
        var held = await session.LoadAsync<ReferralStateAtPost>(referralId, ct);
        if (held is not null && held.Status >= status)
        {
            return;
        }
        session.Store(new ReferralStateAtPost(referralId, status, at));
        await session.SaveChangesAsync(ct);
    }
}

public sealed class ReferralStatesFromHeadquartersConsumerDefinition()
    : PatientConsumerDefinition<ReferralStatesFromHeadquartersConsumer>("protection-referral-states-from-hq", concurrentMessageLimit: 1);
