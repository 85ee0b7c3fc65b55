using BorderPost.Contracts.Protection;
using BorderPost.Protection.CheckingMinorTravel;
using BorderPost.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;

namespace BorderPost.Protection.CheckingAtPosts;

/// <summary>
/// At headquarters, keeps each minor's check a post node made as if it had been made here, in one transaction with the
/// look-up of IBESR's record and the held child's referral: IBESR sees the referral in its inbox, with the deadline
/// running from the check, and headquarters counts the check once (its own outbox publishes it). Idempotent: a check
/// kept already is left alone. At a post node it does nothing (its queue is still bound, so that the exchange exists
/// before the post links to headquarters).
/// </summary>
public sealed class ChecksFromPostsConsumer(IDocumentStore store, IOptions<NodeOptions> node, IOptions<ProtectionOptions> options,
    ILogger<ChecksFromPostsConsumer> logger) : IConsumer<MinorCheckedAtPost>
{
    public async Task Consume(ConsumeContext<MinorCheckedAtPost> context)
    {
        if (node.Value.IsPost)
        {
            return;
        }
        if (ChecksFromPosts.Received(context.Message) is not { } check)
        {
            logger.LogError("Minor check {CheckId} from {Post} with a code this version does not know", context.Message.CheckId, context.Message.Post);
            // Straight to the error queue, where the admin sees it and replays it once this node runs a version that knows it.
            throw new FormatException($"Minor check {context.Message.CheckId} has a code this version does not know");
        }
        await using var session = store.LightweightSession();
        await CheckMinorTravel.KeepOnceAsync(session, check.Valid, check.Checked, options.Value, context.CancellationToken);
    }
}

/// <summary>Patient while our PostgreSQL is away: a dropped check would leave a held child unreferred.</summary>
public sealed class ChecksFromPostsConsumerDefinition()
    : PatientConsumerDefinition<ChecksFromPostsConsumer>("protection-minor-checks-from-posts", concurrentMessageLimit: 4)
{
    protected override void IgnoreFailures(IRetryConfigurator retry) => retry.Ignore<FormatException>();
}
