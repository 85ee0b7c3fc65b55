using BorderPost.ServiceDefaults.Messaging;
using JasperFx.Events;
using MassTransit;
using Microsoft.Extensions.Options;

namespace BorderPost.Arrests.Publishing;

/// <summary>Arrests' outbox: committed arrest and interception events go out as integration events (Reporting counts, Protection refers).</summary>
public sealed class ArrestEventsRelay(IBus bus, IOptions<NodeOptions> node, ILogger<ArrestEventsRelay> logger)
    : EventStoreOutbox("arrest-events", bus, logger)
{
    protected override async Task<object?> ToIntegrationEventAsync(IEvent e, IDocumentStore store, CancellationToken ct)
    {
        var origin = node.Value.Name;
        return e.Data switch
        {
            ArrestRecorded recorded => IntegrationEvents.Recorded(e.Id, e.Version, origin, recorded),
            ArrestCorrected corrected => IntegrationEvents.Corrected(e.Id, e.Version, origin, await StateBeforeAsync<Arrest>(e, store, ct), corrected),
            SuspectTransferred transferred => IntegrationEvents.Transferred(e.Id, e.Version, origin, await StateBeforeAsync<Arrest>(e, store, ct), transferred),
            SuspectReleased released => IntegrationEvents.Released(e.Id, e.Version, origin, await StateBeforeAsync<Arrest>(e, store, ct), released),
            Intercepting.InterceptionRecorded intercepted => IntegrationEvents.Intercepted(e.Id, origin, intercepted),
            Intercepting.InterceptionCorrected corrected =>
                IntegrationEvents.InterceptionCorrected(e.Id, origin, await StateBeforeAsync<Intercepting.Interception>(e, store, ct), corrected),
            _ => null,
        };
    }
}
