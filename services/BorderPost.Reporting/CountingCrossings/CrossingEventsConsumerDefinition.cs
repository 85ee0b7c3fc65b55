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
        // PostgreSQL restarting or a deadlock: try again before the message goes to the error queue.
        endpointConfigurator.UseMessageRetry(r => r.Intervals(100, 500, 1000, 2000, 5000, 10000, 30000));
    }
}
