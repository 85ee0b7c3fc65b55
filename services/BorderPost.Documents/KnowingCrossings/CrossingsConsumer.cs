using BorderPost.Contracts.Crossings;
using Marten;
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

public sealed class CrossingsConsumerDefinition : ConsumerDefinition<CrossingsConsumer>
{
    public CrossingsConsumerDefinition()
    {
        EndpointName = "documents-known-crossings";
        ConcurrentMessageLimit = 8;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<CrossingsConsumer> consumerConfigurator, IRegistrationContext context)
    {
        // Our own PostgreSQL away is the only failure: keep retrying (about an hour) rather than park the message.
        endpointConfigurator.UseMessageRetry(r =>
            r.Exponential(70, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(200)));
    }
}
