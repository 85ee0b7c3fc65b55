using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using MassTransit;
using Microsoft.Extensions.Options;

namespace BorderPost.Crossings.Publishing;

/// <summary>
/// The outbox: a Marten subscription that reads committed crossing events in order and publishes their integration
/// events. Marten records its progress only after a page is processed, so a crash re-publishes at most that page
/// (consumers are idempotent on <c>EventId</c>); a rolled-back write was never committed, so it is never seen.
/// While the broker is unreachable it keeps retrying the page's events and does not move past them.
/// </summary>
public sealed class IntegrationEventRelay : SubscriptionBase
{
    public IntegrationEventRelay(IBus bus, IOptions<NodeOptions> node, ILogger<IntegrationEventRelay> logger)
    {
        Name = "integration-events";
        Options.BatchSize = 500;
        (_bus, _node, _logger) = (bus, node, logger);
    }

    private readonly IBus _bus;
    private readonly IOptions<NodeOptions> _node;
    private readonly ILogger<IntegrationEventRelay> _logger;

    public static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        // The events of a page go out concurrently (publisher confirms make one-at-a-time slow); the page is only
        // marked done when every one of them was accepted. Consumers do not depend on arrival order.
        await Task.WhenAll(page.Events.Select(e => RelayUntilAcceptedAsync(e, operations.DocumentStore, cancellationToken)));
        return NullChangeListener.Instance;
    }

    private async Task<object?> ToIntegrationEventAsync(IEvent e, IDocumentStore store, CancellationToken ct)
    {
        var origin = _node.Value.Name;
        switch (e.Data)
        {
            case CrossingRecorded recorded:
                return IntegrationEvents.Recorded(e.Id, e.Version, origin, recorded);
            case CrossingCorrected corrected:
                var beforeCorrection = await StateBeforeAsync(e, store, ct);
                return IntegrationEvents.Corrected(e.Id, e.Version, origin, beforeCorrection, corrected);
            case CrossingVoided voided:
                var beforeVoid = await StateBeforeAsync(e, store, ct);
                return IntegrationEvents.Voided(e.Id, e.Version, origin, beforeVoid, voided);
            default:
                return null;
        }
    }

    // A session of its own: events of a page are relayed concurrently and sessions are not thread-safe.
    private static async Task<Crossing> StateBeforeAsync(IEvent e, IDocumentStore store, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.Events.AggregateStreamAsync<Crossing>(e.StreamId, e.Version - 1, token: ct)
            ?? throw new InvalidOperationException($"Crossing {e.StreamId} has no state before version {e.Version}");
    }

    // Neither a failed read of the previous state nor a failed publish may escape: Marten would retry the page and
    // then pause the relay. Retrying here keeps the order and loses nothing.
    private async Task RelayUntilAcceptedAsync(IEvent e, IDocumentStore store, CancellationToken cancellationToken)
    {
        var eventId = e.Id;
        var backoff = TimeSpan.FromMilliseconds(250);
        for (var attempt = 1; ; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(PublishTimeout);
            try
            {
                var message = await ToIntegrationEventAsync(e, store, timeout.Token);
                if (message is null)
                {
                    return;
                }
                await _bus.Publish(message, message.GetType(), context =>
                {
                    context.MessageId = eventId;
                    // Unroutable (no consumer queue bound yet, e.g. Reporting never started): RabbitMQ would confirm
                    // and drop it. Mandatory makes it come back as a failure, so it is retried until a queue exists.
                    if (context.TryGetPayload<RabbitMqSendContext>(out var rabbit))
                    {
                        rabbit.Mandatory = true;
                    }
                }, timeout.Token);
                if (attempt > 1)
                {
                    _logger.LogInformation("Published {EventId} after {Attempts} attempts", eventId, attempt);
                }
                return;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                _logger.LogWarning(ex, "Publishing {EventId} failed (attempt {Attempt}); retrying in {Backoff}", eventId, attempt, backoff);
                await Task.Delay(backoff, cancellationToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }
}
