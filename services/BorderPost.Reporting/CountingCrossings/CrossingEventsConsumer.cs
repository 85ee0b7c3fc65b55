using BorderPost.Contracts.Crossings;
using BorderPost.Reporting.Counting;
using BorderPost.ServiceDefaults.Messaging;
using MassTransit;

namespace BorderPost.Reporting.CountingCrossings;

/// <summary>
/// Counts each crossing integration event once (see <see cref="CountOnce"/>). Recorded crossings, the bulk of the
/// traffic, come bundled by Crossings' outbox (<see cref="CrossingsRecorded"/>), or one to a message, taken in batches
/// (<see cref="CrossingEventsConsumerDefinition"/>); corrections and voids one at a time.
/// </summary>
public sealed class CrossingEventsConsumer(IDocumentSession session, ILogger<CrossingEventsConsumer> logger)
    : IConsumer<CrossingsRecorded>, IConsumer<Batch<CrossingRecorded>>, IConsumer<CrossingCorrected>, IConsumer<CrossingVoided>
{
    private static readonly BundlesAtOnce Bundles = new();

    public Task Consume(ConsumeContext<CrossingsRecorded> context) =>
        Bundles.RunAsync(() =>
            CountRecordedAsync(context.Message.Crossings ?? throw new FormatException($"Message {context.MessageId} holds no crossings")));

    public Task Consume(ConsumeContext<Batch<CrossingRecorded>> context) =>
        CountRecordedAsync([.. context.Message.Select(m => m.Message)]);

    public Task Consume(ConsumeContext<CrossingCorrected> context) =>
        CountOnceAsync(context.Message.EventId, CrossingCounting.Decide(context.Message));

    public Task Consume(ConsumeContext<CrossingVoided> context) =>
        CountOnceAsync(context.Message.EventId, CrossingCounting.Decide(context.Message));

    /// <summary>
    /// Counts recorded crossings in one transaction. A crossing without facts (malformed: the contract has none) cannot
    /// be counted: the others are, and then the message goes to the error queue at once, for the admin; replaying the
    /// others there counts them no more.
    /// </summary>
    private async Task CountRecordedAsync(IReadOnlyList<CrossingRecorded> events)
    {
        var whole = events.Where(e => e is { Facts: not null }).ToList();
        await CountOnce.RecordAllAsync(session.DocumentStore, whole.Select(e => (e.EventId, CrossingCounting.Decide(e))), logger);
        if (whole.Count < events.Count)
        {
            var hollow = string.Join(", ", events.Where(e => e is not { Facts: not null }).Select(e => e?.EventId.ToString() ?? "none"));
            throw new FormatException($"Crossing events without facts: {hollow}; the other {whole.Count} were counted");
        }
    }

    private Task CountOnceAsync(Guid eventId, IReadOnlyList<CountChanged> changes) =>
        CountOnce.RecordAsync(session, eventId, changes, logger);
}
