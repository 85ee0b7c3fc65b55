using BorderPost.Contracts.Crossings;
using BorderPost.ServiceDefaults.Messaging;
using MassTransit;

namespace BorderPost.Documents.KnowingCrossings;

/// <summary>
/// Keeps the post of every crossing recorded, a message's bundle (<see cref="CrossingsRecorded"/>) or a batch of
/// single messages in one transaction. Idempotent: an upsert of the same row, so a redelivered message, or a crossing
/// twice in one transaction, writes the same rows again. A crossing without facts is malformed: the others are kept,
/// and the message goes to the error queue at once.
/// </summary>
public sealed class CrossingsConsumer(IDocumentStore store) : IConsumer<CrossingsRecorded>, IConsumer<Batch<CrossingRecorded>>
{
    private static readonly BundlesAtOnce Bundles = new();

    public Task Consume(ConsumeContext<CrossingsRecorded> context) =>
        Bundles.RunAsync(() =>
            KeepAsync(context.Message.Crossings ?? throw new FormatException($"Message {context.MessageId} holds no crossings"), context.CancellationToken));

    public Task Consume(ConsumeContext<Batch<CrossingRecorded>> context) =>
        KeepAsync([.. context.Message.Select(m => m.Message)], context.CancellationToken);

    private async Task KeepAsync(IReadOnlyList<CrossingRecorded> crossings, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        foreach (var crossing in crossings.Where(m => m is { Facts: not null }).DistinctBy(m => m.CrossingId))
        {
            session.Store(new KnownCrossing(crossing.CrossingId, crossing.Facts.PostCode));
        }
        await session.SaveChangesAsync(ct);
        if (crossings.Any(m => m is not { Facts: not null }))
        {
            // Malformed (the contract has no crossing without facts): the others are kept, the message goes to the error queue.
            throw new FormatException("Crossing events without facts: " +
                string.Join(", ", crossings.Where(m => m is not { Facts: not null }).Select(m => m?.EventId.ToString() ?? "none")));
        }
    }
}

public sealed class CrossingsConsumerDefinition() : BatchingConsumerDefinition<CrossingsConsumer>("documents-known-crossings");
