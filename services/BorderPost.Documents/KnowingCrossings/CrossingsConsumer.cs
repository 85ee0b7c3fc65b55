using BorderPost.Contracts.Crossings;
using BorderPost.ServiceDefaults.Messaging;
using MassTransit;

namespace BorderPost.Documents.KnowingCrossings;

/// <summary>
/// Keeps the post of every crossing recorded, a batch of messages in one transaction. Idempotent: an upsert of the
/// same row, so a redelivered batch, or a crossing twice in one batch, writes the same rows again. A crossing without
/// facts is malformed: the others are kept, and the batch goes to the error queue at once.
/// </summary>
public sealed class CrossingsConsumer(IDocumentStore store) : IConsumer<Batch<CrossingRecorded>>
{
    public async Task Consume(ConsumeContext<Batch<CrossingRecorded>> context)
    {
        var crossings = context.Message.Select(m => m.Message).ToList();
        await using var session = store.LightweightSession();
        foreach (var crossing in crossings.Where(m => m.Facts is not null).DistinctBy(m => m.CrossingId))
        {
            session.Store(new KnownCrossing(crossing.CrossingId, crossing.Facts.PostCode));
        }
        await session.SaveChangesAsync(context.CancellationToken);
        if (crossings.Any(m => m.Facts is null))
        {
            // Malformed (the contract has no crossing without facts): the others are kept, the batch goes to the error queue.
            throw new FormatException($"Crossing events without facts: {string.Join(", ", crossings.Where(m => m.Facts is null).Select(m => m.EventId))}");
        }
    }
}

public sealed class CrossingsConsumerDefinition() : BatchingConsumerDefinition<CrossingsConsumer>("documents-known-crossings");
