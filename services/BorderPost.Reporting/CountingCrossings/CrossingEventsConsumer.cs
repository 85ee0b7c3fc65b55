using BorderPost.Contracts.Crossings;
using BorderPost.Reporting.Counting;
using MassTransit;

namespace BorderPost.Reporting.CountingCrossings;

/// <summary>
/// Counts each crossing integration event once (see <see cref="CountOnce"/>). Recorded crossings, the bulk of the
/// traffic, come in batches (<see cref="CrossingEventsConsumerDefinition"/>); corrections and voids one at a time.
/// </summary>
public sealed class CrossingEventsConsumer(IDocumentSession session, ILogger<CrossingEventsConsumer> logger)
    : IConsumer<Batch<CrossingRecorded>>, IConsumer<CrossingCorrected>, IConsumer<CrossingVoided>
{
    public Task Consume(ConsumeContext<Batch<CrossingRecorded>> context) =>
        CountOnce.RecordAllAsync(session.DocumentStore,
            context.Message.Select(m => (m.Message.EventId, CrossingCounting.Decide(m.Message))), logger);

    public Task Consume(ConsumeContext<CrossingCorrected> context) =>
        CountOnceAsync(context.Message.EventId, CrossingCounting.Decide(context.Message));

    public Task Consume(ConsumeContext<CrossingVoided> context) =>
        CountOnceAsync(context.Message.EventId, CrossingCounting.Decide(context.Message));

    private Task CountOnceAsync(Guid eventId, IReadOnlyList<CountChanged> changes) =>
        CountOnce.RecordAsync(session, eventId, changes, logger);
}
