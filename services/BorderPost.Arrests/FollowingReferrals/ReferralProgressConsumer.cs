using BorderPost.Contracts.Protection;
using BorderPost.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;

namespace BorderPost.Arrests.FollowingReferrals;

/// <summary>
/// Keeps <see cref="ReferralProgress"/> from Protection's referral events. A post node keeps its own post's referrals
/// only (federation brings every post's down, codes and times only); headquarters keeps them all, for the posts that
/// work on headquarters' services. Idempotent: an event sets the fields it owns. Two events of one referral racing
/// meet optimistic concurrency, and the retry reads the other's write.
/// </summary>
public sealed class ReferralProgressConsumer(IDocumentStore store, IOptions<NodeOptions> node, TimeProvider clock) :
    IConsumer<ReferralOpened>, IConsumer<ReferralAcknowledged>, IConsumer<ReferralOverdue>, IConsumer<ReferralClosed>
{
    public Task Consume(ConsumeContext<ReferralOpened> context) =>
        UpdateAsync(context.Message.ReferralId, context.Message.Facts, p => p with
        {
            ArrestId = context.Message.ArrestId,
            ReferredAt = context.Message.ReferredAt,
            AcknowledgeBy = context.Message.AcknowledgeBy,
        }, context.CancellationToken);

    public Task Consume(ConsumeContext<ReferralAcknowledged> context) =>
        UpdateAsync(context.Message.ReferralId, context.Message.Facts, p => p with
        {
            Agency = context.Message.Facts.Agency,
            ReferredAt = p.ReferredAt ?? context.Message.ReferredAt,
            AcknowledgedAt = context.Message.AcknowledgedAt,
            AcknowledgedInTime = context.Message.InTime,
        }, context.CancellationToken);

    public Task Consume(ConsumeContext<ReferralOverdue> context) =>
        UpdateAsync(context.Message.ReferralId, context.Message.Facts, p => p with
        {
            OverdueSince = p.OverdueSince is { } since && since < context.Message.Deadline ? since : context.Message.Deadline,
        }, context.CancellationToken);

    public Task Consume(ConsumeContext<ReferralClosed> context) =>
        UpdateAsync(context.Message.ReferralId, context.Message.Facts, p => p with
        {
            ClosedAt = context.Message.ClosedAt,
            Outcome = context.Message.Outcome,
        }, context.CancellationToken);

    private async Task UpdateAsync(Guid referralId, ReferralFacts facts, Func<ReferralProgress, ReferralProgress> step, CancellationToken ct)
    {
        if (node.Value.IsPost && !string.Equals(facts.Post, node.Value.Name, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        await using var session = store.LightweightSession();
        // Inserted when new, stored with its version when not: a racing write fails here and the retry reads it.
        if (await session.LoadAsync<ReferralProgress>(referralId, ct) is { } progress)
        {
            session.Store(step(progress) with { HeardAt = clock.GetUtcNow() });
        }
        else
        {
            session.Insert(step(new ReferralProgress(referralId, facts.Post, facts.Kind, facts.Agency)) with { HeardAt = clock.GetUtcNow() });
        }
        await session.SaveChangesAsync(ct);
    }
}

public sealed class ReferralProgressConsumerDefinition()
    : PatientConsumerDefinition<ReferralProgressConsumer>("arrests-referral-progress", concurrentMessageLimit: 4);
