using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace BorderPost.ServiceDefaults.Messaging;

/// <summary>
/// The outbox of a service: a Marten subscription that reads committed events in order and publishes the integration
/// event each one maps to. Marten records its progress only after a page is processed, so a crash re-publishes at most
/// that page (consumers are idempotent on the message id, which is the Marten event id); a rolled-back write was never
/// committed, so it is never seen. While the broker is unreachable it keeps retrying and does not move past an event.
/// See docs/decisions/0002-outbox-through-the-event-store.md.
/// </summary>
public abstract class EventStoreOutbox : SubscriptionBase, IDisposable
{
    public static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);

    /// <summary>Events of a page in flight at once: enough to hide publisher-confirm latency (quorum queues confirm
    /// once the message is on disk). At 16, Crossings' relay fell behind a burst it records at 800 crossings/s
    /// (docs/capacity.md).</summary>
    public const int MaxInFlight = 64;

    /// <summary>Of those, events reading the store at once (<see cref="ReadAsync{T}"/>): few enough to leave database
    /// connections for the service's requests when a page is all corrections.</summary>
    public const int MaxReadsInFlight = 4;

    private readonly IBus _bus;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _inFlight = new(MaxInFlight, MaxInFlight);
    private static readonly SemaphoreSlim Reads = new(MaxReadsInFlight, MaxReadsInFlight);

    protected EventStoreOutbox(string name, IBus bus, ILogger logger)
    {
        Name = name;
        Options.BatchSize = 500;
        (_bus, _logger) = (bus, logger);
    }

    /// <summary>
    /// The integration event for a stored event, or null when it has none. Reads, if any, go through
    /// <paramref name="store"/> in a session of their own: a page's events are relayed concurrently.
    /// </summary>
    protected abstract Task<object?> ToIntegrationEventAsync(IEvent e, IDocumentStore store, CancellationToken ct);

    /// <summary>
    /// The stream's state just before <paramref name="e"/> (e.g. to publish what a correction moved counts from), read in a
    /// session of its own.
    /// </summary>
    protected static async Task<T> StateBeforeAsync<T>(IEvent e, IDocumentStore store, CancellationToken ct)
        where T : class =>
        await ReadAsync(store, session => session.Events.AggregateStreamAsync<T>(e.StreamId, e.Version - 1, token: ct), ct)
            ?? throw new InvalidOperationException($"{typeof(T).Name} {e.StreamId} has no state before version {e.Version}");

    /// <summary>A read for one event, in a session of its own, at most <see cref="MaxReadsInFlight"/> at once in the process.</summary>
    protected static async Task<T> ReadAsync<T>(IDocumentStore store, Func<IQuerySession, Task<T>> read, CancellationToken ct)
    {
        await Reads.WaitAsync(ct);
        try
        {
            await using var session = store.QuerySession();
            return await read(session);
        }
        finally
        {
            Reads.Release();
        }
    }

    /// <summary>
    /// Whether an event must wait until some queue receives it (RabbitMQ's mandatory flag). True where a consumer is
    /// part of the system and must not miss anything; false for events no service consumes yet, which would otherwise
    /// hold the relay back forever (they stay in the event store and can be relayed again).
    /// </summary>
    protected virtual bool RequireRoute => true;

    /// <summary>
    /// The messages a page's integration events go out as: by default one each, with the stored event's id as message
    /// id. A service may bundle events that are many and alike into fewer messages (Crossings' recorded crossings);
    /// its consumers then count each event inside once, whichever message brings it.
    /// </summary>
    protected virtual IEnumerable<OutgoingMessage> Bundle(IReadOnlyList<OutgoingMessage> messages) => messages;

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        // The events of a page are mapped, then go out, concurrently (publisher confirms make one-at-a-time slow); the
        // page is only marked done when every message was accepted. Consumers do not depend on arrival order.
        var store = operations.DocumentStore;
        var mapped = await Task.WhenAll(page.Events.Select(e =>
            InFlightAsync(() => UntilDoneAsync(e.Id, "Reading", ct => MapAsync(e, store, ct), cancellationToken), cancellationToken)));
        var outgoing = Bundle([.. mapped.OfType<OutgoingMessage>()]);
        await Task.WhenAll(outgoing.Select(m =>
            InFlightAsync(() => UntilDoneAsync(m.MessageId, "Publishing", ct => PublishAsync(m, ct), cancellationToken), cancellationToken)));
        return NullChangeListener.Instance;
    }

    public void Dispose()
    {
        _inFlight.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<OutgoingMessage?> MapAsync(IEvent e, IDocumentStore store, CancellationToken ct) =>
        await ToIntegrationEventAsync(e, store, ct) is { } message ? new OutgoingMessage(e.Id, message) : null;

    private async Task<bool> PublishAsync(OutgoingMessage outgoing, CancellationToken ct)
    {
        await _bus.Publish(outgoing.Message, outgoing.Message.GetType(), context =>
        {
            context.MessageId = outgoing.MessageId;
            // Unroutable (no consumer queue bound yet): RabbitMQ would confirm and drop it. Mandatory makes it come back
            // as a failure, so it is retried until a queue exists.
            if (RequireRoute && context.TryGetPayload<RabbitMqSendContext>(out var rabbit))
            {
                rabbit.Mandatory = true;
            }
        }, ct);
        return true;
    }

    private async Task<T> InFlightAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        await _inFlight.WaitAsync(ct);
        try
        {
            return await work();
        }
        finally
        {
            _inFlight.Release();
        }
    }

    // Neither a failed read nor a failed publish may escape: Marten would retry the page and then pause the relay.
    // Retrying here keeps the order and loses nothing.
    private async Task<T> UntilDoneAsync<T>(Guid id, string step, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        var backoff = TimeSpan.FromMilliseconds(250);
        for (var attempts = 1; ; attempts++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(PublishTimeout);
            try
            {
                var done = await attempt(timeout.Token);
                if (attempts > 1)
                {
                    _logger.LogInformation("{Step} {EventId} succeeded after {Attempts} attempts", step, id, attempts);
                }
                return done;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                _logger.LogWarning(ex, "{Step} {EventId} failed (attempt {Attempt}); retrying in {Backoff}", step, id, attempts, backoff);
                await Task.Delay(backoff, cancellationToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }
}

/// <summary>A message the outbox sends: the stored event's id it goes out under, and the integration event (or bundle).</summary>
public sealed record OutgoingMessage(Guid MessageId, object Message);
