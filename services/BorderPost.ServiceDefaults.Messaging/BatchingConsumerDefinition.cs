using MassTransit;

namespace BorderPost.ServiceDefaults.Messaging;

/// <summary>
/// A patient consumer that takes a high-volume message in batches (<c>IConsumer&lt;Batch&lt;T&gt;&gt;</c>): one
/// transaction for up to <see cref="MessageLimit"/> messages instead of one each, which is most of what a message costs
/// the consumer and PostgreSQL. A batch is handed over when full, or <see cref="TimeLimit"/> after its first message,
/// so a lone message waits that long at most. A failed batch is retried whole, as a single message would be.
/// </summary>
public abstract class BatchingConsumerDefinition<TConsumer> : PatientConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    public const int MessageLimit = 50;
    public const int BatchesAtOnce = 2;
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(50);

    // The endpoint must hold two full batches unacknowledged, or a batch would always wait for its time limit.
    protected BatchingConsumerDefinition(string endpointName)
        : base(endpointName, concurrentMessageLimit: MessageLimit * BatchesAtOnce)
    {
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        base.ConfigureConsumer(endpointConfigurator, consumerConfigurator, context);
        consumerConfigurator.Options<BatchOptions>(batch => batch
            .SetMessageLimit(MessageLimit)
            .SetTimeLimit(TimeLimit)
            .SetConcurrencyLimit(BatchesAtOnce));
    }
}
