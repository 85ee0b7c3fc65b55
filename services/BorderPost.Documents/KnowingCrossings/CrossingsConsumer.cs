using BorderPost.Contracts.Crossings;
using BorderPost.ServiceDefaults.Messaging;
using MassTransit;

namespace BorderPost.Documents.KnowingCrossings;

/// <summary>
/// Keeps the post of every crossing recorded, a batch of messages in one transaction. Idempotent: an upsert of the
/// same row, so a redelivered batch, or a crossing twice in one batch, writes the same rows again.
/// </summary>
public sealed class CrossingsConsumer(IDocumentStore store) : IConsumer<Batch<CrossingRecorded>>
{
    public async Task Consume(ConsumeContext<Batch<CrossingRecorded>> context)
    {
        await using var session = store.LightweightSession();
        foreach (var crossing in context.Message.Select(m => m.Message).DistinctBy(m => m.CrossingId))
        {
            session.Store(new KnownCrossing(crossing.CrossingId, crossing.Facts.PostCode));
        }
        await session.SaveChangesAsync(context.CancellationToken);
    }
}

public sealed class CrossingsConsumerDefinition() : BatchingConsumerDefinition<CrossingsConsumer>("documents-known-crossings");
