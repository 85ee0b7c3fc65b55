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
    /// <summary>
    /// Counts a batch. A crossing without facts (malformed: the contract has none) cannot be counted: the others are,
    /// and then the batch goes to the error queue at once, for the admin; replaying the others there counts them no more.
    /// </summary>
    public async Task Consume(ConsumeContext<Batch<CrossingRecorded>> context)
    {
        var events = context.Message.Select(m => m.Message).ToList();
        var whole = events.Where(e => e.Facts is not null).ToList();
        await CountOnce.RecordAllAsync(session.DocumentStore, whole.Select(e => (e.EventId, CrossingCounting.Decide(e))), logger);
        if (whole.Count < events.Count)
        {
            var hollow = string.Join(", ", events.Where(e => e.Facts is null).Select(e => e.EventId));
            throw new FormatException($"Crossing events without facts: {hollow}; the other {whole.Count} of the batch were counted");
        }
    }

    public Task Consume(ConsumeContext<CrossingCorrected> context) =>
        CountOnceAsync(context.Message.EventId, CrossingCounting.Decide(context.Message));

    public Task Consume(ConsumeContext<CrossingVoided> context) =>
        CountOnceAsync(context.Message.EventId, CrossingCounting.Decide(context.Message));

    private Task CountOnceAsync(Guid eventId, IReadOnlyList<CountChanged> changes) =>
        CountOnce.RecordAsync(session, eventId, changes, logger);
}
