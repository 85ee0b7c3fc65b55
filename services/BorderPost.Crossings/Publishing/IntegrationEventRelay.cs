using BorderPost.ServiceDefaults.Messaging;
using JasperFx.Events;
using MassTransit;
using Microsoft.Extensions.Options;

namespace BorderPost.Crossings.Publishing;

/// <summary>
/// Crossings' outbox: committed crossing events go out as integration events (post, day, counts; no names). Recorded
/// crossings, most of the traffic, go out up to <see cref="BorderPost.Contracts.Crossings.CrossingsRecorded.MaxCrossings"/> to a message
/// (<see cref="IntegrationEvents.Bundle"/>); corrections and voids one each.
/// </summary>
public sealed class IntegrationEventRelay(IBus bus, IOptions<NodeOptions> node, ILogger<IntegrationEventRelay> logger)
    : EventStoreOutbox("integration-events", bus, logger)
{
    protected override async Task<object?> ToIntegrationEventAsync(IEvent e, IDocumentStore store, CancellationToken ct)
    {
        var origin = node.Value.Name;
        switch (e.Data)
        {
            case CrossingRecorded recorded:
                return IntegrationEvents.Recorded(e.Id, e.Version, origin, recorded);
            case CrossingCorrected corrected:
                var beforeCorrection = await StateBeforeAsync<Crossing>(e, store, ct);
                return IntegrationEvents.Corrected(e.Id, e.Version, origin, beforeCorrection, corrected);
            case CrossingVoided voided:
                var beforeVoid = await StateBeforeAsync<Crossing>(e, store, ct);
                return IntegrationEvents.Voided(e.Id, e.Version, origin, beforeVoid, voided);
            default:
                return null;
        }
    }

    protected override IEnumerable<OutgoingMessage> Bundle(IReadOnlyList<OutgoingMessage> messages) =>
        IntegrationEvents.Bundle(messages);
}
