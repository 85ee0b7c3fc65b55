using BorderPost.Contracts.Protection;
using BorderPost.Protection.Referring;
using BorderPost.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;

namespace BorderPost.Protection.ReferringAtPosts;

/// <summary>
/// At headquarters, keeps each referral an officer made at a post node as if the officer had made it here, with the
/// deadline running from the post's time: the agency sees it in its inbox, and headquarters' outbox publishes its
/// opening, which Reporting counts and the post hears back. Idempotent: the same referral delivered again changes
/// nothing, and the details of a person an arrest listed first are added to the referral the arrest opened. A referral
/// that disagrees with the one headquarters holds goes to the error queue, for the admin. At a post node it does nothing
/// (its queue is still bound, so that the exchange exists before the post links to headquarters).
/// </summary>
public sealed class ReferralsFromPostsConsumer(IDocumentStore store, IOptions<NodeOptions> node, IOptions<ProtectionOptions> options,
    ILogger<ReferralsFromPostsConsumer> logger) : IConsumer<ReferralMadeAtPost>
{
    public async Task Consume(ConsumeContext<ReferralMadeAtPost> context)
    {
        if (node.Value.IsPost)
        {
            return;
        }
        var m = context.Message;
        if (ReferralsFromPosts.Received(m) is not { } referral)
        {
            logger.LogError("Referral {ReferralId} from {Post} with a code this version does not know", m.ReferralId, m.Post);
            throw new FormatException($"Referral {m.ReferralId} has a code this version does not know");
        }
        if (await ReferPerson.CitesOtherPostsArrestAsync(store, referral, context.CancellationToken))
        {
            logger.LogError("Referral {ReferralId} from {Post} cites another post's arrest {ArrestId}", m.ReferralId, m.Post, m.ArrestId);
            throw new ReferralRefusedException($"Referral {m.ReferralId} from {m.Post} cites another post's arrest");
        }
        var (outcome, _) = await ReferPerson.KeepAsync(store, referral, m.ReferredBy, m.ReferredAt,
            options.Value.AcknowledgeWithin(referral.Kind), context.CancellationToken);
        if (outcome is ReferPerson.Outcome.Conflict or ReferPerson.Outcome.ListedDifferently)
        {
            logger.LogError("Referral {ReferralId} from {Post} differs from the one headquarters holds ({Outcome})", m.ReferralId, m.Post, outcome);
            throw new ReferralRefusedException($"Referral {m.ReferralId} from {m.Post} differs from the one headquarters holds: {outcome}");
        }
    }
}

/// <summary>A post's referral headquarters cannot keep as it is: retrying changes nothing, the admin decides.</summary>
public sealed class ReferralRefusedException(string message) : Exception(message);

/// <summary>Patient while our PostgreSQL is away: a dropped referral would leave a victim or a child unreferred.</summary>
public sealed class ReferralsFromPostsConsumerDefinition()
    : PatientConsumerDefinition<ReferralsFromPostsConsumer>("protection-referrals-from-posts", concurrentMessageLimit: 4)
{
    protected override void IgnoreFailures(IRetryConfigurator retry) => retry.Ignore(typeof(FormatException), typeof(ReferralRefusedException));
}
