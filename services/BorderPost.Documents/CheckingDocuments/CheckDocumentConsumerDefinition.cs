using MassTransit;

namespace BorderPost.Documents.CheckingDocuments;

public sealed class CheckDocumentConsumerDefinition : ConsumerDefinition<CheckDocumentConsumer>
{
    /// <summary>The queue senders address <c>CheckDocument</c> to: <c>queue:documents-check-document</c>.</summary>
    public const string QueueName = "documents-check-document";

    public CheckDocumentConsumerDefinition()
    {
        EndpointName = QueueName;
        // Reading is CPU-bound and the OCR engines are pooled: more messages at once would only queue for an engine.
        ConcurrentMessageLimit = Math.Max(1, Environment.ProcessorCount);
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<CheckDocumentConsumer> consumerConfigurator, IRegistrationContext context)
    {
        // Our own PostgreSQL away is the failure worth waiting for (about an hour); the image itself never throws.
        endpointConfigurator.UseMessageRetry(r =>
        {
            r.Exponential(70, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(200));
            r.Ignore<InvalidCommandException>();
        });
    }
}
