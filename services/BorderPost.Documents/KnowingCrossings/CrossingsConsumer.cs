using BorderPost.Contracts.Crossings;
using BorderPost.ServiceDefaults.Messaging;
using MassTransit;

namespace BorderPost.Documents.KnowingCrossings;

/// <summary>Keeps the post of every crossing recorded. Idempotent: an upsert of the same row.</summary>
public sealed class CrossingsConsumer(IDocumentStore store) : IConsumer<CrossingRecorded>
{
    public async Task Consume(ConsumeContext<CrossingRecorded> context)
    {
        await using var session = store.LightweightSession();
        session.Store(new KnownCrossing(context.Message.CrossingId, context.Message.Facts.PostCode));
        await session.SaveChangesAsync(context.CancellationToken);
    }
}

public sealed class CrossingsConsumerDefinition()
    : PatientConsumerDefinition<CrossingsConsumer>("documents-known-crossings", concurrentMessageLimit: 8);
