using BorderPost.ServiceDefaults.Messaging;
using MassTransit;

namespace BorderPost.Documents.CheckingDocuments;

/// <summary>
/// The queue senders address <c>CheckDocument</c> to. Reading is CPU-bound and the OCR engines are pooled: more
/// messages at once than cores would only queue for an engine. A command that is invalid is not retried.
/// </summary>
public sealed class CheckDocumentConsumerDefinition()
    : PatientConsumerDefinition<CheckDocumentConsumer>(QueueName, Math.Max(1, Environment.ProcessorCount))
{
    /// <summary><c>queue:documents-check-document</c>; senders use <c>exchange:documents-check-document</c> (a quorum queue).</summary>
    public const string QueueName = "documents-check-document";

    protected override void IgnoreFailures(IRetryConfigurator retry) => retry.Ignore<InvalidCommandException>();
}
