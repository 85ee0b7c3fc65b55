using BorderPost.Contracts.Crossings;
using BorderPost.ServiceDefaults.Messaging;
using MassTransit;

namespace BorderPost.Reporting.WatchingPostLinks;

/// <summary>Keeps, per post node, the newest heartbeat heard (<see cref="PostLink"/>).</summary>
public sealed class PostNodeHeartbeatConsumer(IDocumentSession session, TimeProvider clock) : IConsumer<PostNodeHeartbeat>
{
    public async Task Consume(ConsumeContext<PostNodeHeartbeat> context)
    {
        var heartbeat = context.Message;
        if (string.IsNullOrWhiteSpace(heartbeat.OriginPost) || heartbeat.OriginPost.Length > 16)
        {
            return; // not a post's: nothing to keep
        }
        var post = heartbeat.OriginPost.ToUpperInvariant();
        var link = await session.LoadAsync<PostLink>(post, context.CancellationToken) ?? new PostLink { Id = post };
        if (link.Hear(heartbeat.SentAt, clock.GetUtcNow()))
        {
            session.Store(link);
            await session.SaveChangesAsync(CancellationToken.None);
        }
    }
}

public sealed class PostNodeHeartbeatConsumerDefinition()
    : PatientConsumerDefinition<PostNodeHeartbeatConsumer>("reporting-post-links", concurrentMessageLimit: 1);
