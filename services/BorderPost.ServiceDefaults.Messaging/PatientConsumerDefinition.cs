using MassTransit;

namespace BorderPost.ServiceDefaults.Messaging;

/// <summary>
/// A consumer whose only dependency is its own service's PostgreSQL: while it is away, the message is retried for
/// about an hour, backing off to a minute, rather than parked in the error queue, where it would be forgotten. A
/// malformed message goes to the error queue at once.
/// </summary>
public abstract class PatientConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    protected PatientConsumerDefinition(string endpointName, int concurrentMessageLimit)
    {
        EndpointName = endpointName;
        ConcurrentMessageLimit = concurrentMessageLimit;
    }

    /// <summary>Retries every failure but those a retry cannot mend (none unless overridden).</summary>
    protected virtual void IgnoreFailures(IRetryConfigurator retry)
    {
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(retry =>
        {
            retry.Exponential(70, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(200));
            // A message without what its contract says it carries (a null where the contract has none, a code that does
            // not parse) fails the same way at every try: to the error queue at once, for the admin, rather than after an
            // hour of retries that hold one of the consumer's slots.
            retry.Ignore(typeof(FormatException), typeof(NullReferenceException));
            IgnoreFailures(retry);
        });
}
