using MassTransit;

namespace BorderPost.Reporting.Counting;

/// <summary>A counting consumer's queue: many messages at once, and patient retries while our PostgreSQL is away.</summary>
public abstract class CountingConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    protected CountingConsumerDefinition(string endpointName)
    {
        EndpointName = endpointName;
        ConcurrentMessageLimit = 16;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        // The only dependency is our own PostgreSQL: while it is away, keep retrying (for about an hour, backing off to
        // a minute) rather than parking the message in the error queue, where it would go uncounted.
        endpointConfigurator.UseMessageRetry(r =>
            r.Exponential(70, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(200)));
    }
}
