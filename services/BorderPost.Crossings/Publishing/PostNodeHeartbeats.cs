using BorderPost.Contracts.Crossings;
using BorderPost.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;

namespace BorderPost.Crossings.Publishing;

/// <summary>
/// On a post node, publishes <see cref="PostNodeHeartbeat"/> to the post's broker at every interval, whether the link
/// to headquarters is up or not: the broker keeps them with the post's events until the link returns. At headquarters
/// (<c>Node:Name=HQ</c>) it does nothing.
/// </summary>
public sealed class PostNodeHeartbeats(IBus bus, IOptions<NodeOptions> node, TimeProvider clock, ILogger<PostNodeHeartbeats> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = node.Value;
        if (!options.IsPost)
        {
            return;
        }
        var interval = options.HeartbeatInterval > TimeSpan.Zero ? options.HeartbeatInterval : TimeSpan.FromSeconds(30);
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            attempt.CancelAfter(interval);
            try
            {
                await bus.Publish(new PostNodeHeartbeat(options.Name, clock.GetUtcNow()), attempt.Token);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The post's own broker is away: the next beat will say the post is alive.
                logger.LogDebug(ex, "Heartbeat not published");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
