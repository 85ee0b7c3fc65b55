using BorderPost.Contracts.Crossings;
using BorderPost.Reporting.Counting;
using MassTransit;

namespace BorderPost.Reporting.CountingCrossings;

/// <summary>Counts each crossing integration event once (see <see cref="CountOnce"/>).</summary>
public sealed class CrossingEventsConsumer(IDocumentSession session, ILogger<CrossingEventsConsumer> logger)
    : IConsumer<CrossingRecorded>, IConsumer<CrossingCorrected>, IConsumer<CrossingVoided>
{
    public Task Consume(ConsumeContext<CrossingRecorded> context) =>
        CountOnceAsync(context.Message.EventId, CrossingCounting.Decide(context.Message));

    public Task Consume(ConsumeContext<CrossingCorrected> context) =>
        CountOnceAsync(context.Message.EventId, CrossingCounting.Decide(context.Message));

    public Task Consume(ConsumeContext<CrossingVoided> context) =>
        CountOnceAsync(context.Message.EventId, CrossingCounting.Decide(context.Message));

    private Task CountOnceAsync(Guid eventId, IReadOnlyList<CountChanged> changes) =>
        CountOnce.RecordAsync(session, eventId, changes, logger);
}
