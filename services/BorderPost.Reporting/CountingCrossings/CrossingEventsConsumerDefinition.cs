using MassTransit;

namespace BorderPost.Reporting.CountingCrossings;

public sealed class CrossingEventsConsumerDefinition : ConsumerDefinition<CrossingEventsConsumer>
{
    public CrossingEventsConsumerDefinition()
    {
        EndpointName = "reporting-crossing-totals";
        ConcurrentMessageLimit = 16;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<CrossingEventsConsumer> consumerConfigurator, IRegistrationContext context)
    {
        // The only dependency is our own PostgreSQL: while it is away, keep retrying (for about an hour, backing off to
        // a minute) rather than parking the message in the error queue, where it would go uncounted.
        endpointConfigurator.UseMessageRetry(r =>
            r.Exponential(70, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(200)));
    }
}
