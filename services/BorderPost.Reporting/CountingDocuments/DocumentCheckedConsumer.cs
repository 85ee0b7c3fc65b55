using BorderPost.Contracts.Documents;
using BorderPost.Reporting.Counting;
using Marten;
using MassTransit;

namespace BorderPost.Reporting.CountingDocuments;

/// <summary>Counts document checks by verdict, post and Haitian day, once per check (see <see cref="CountOnce"/>).</summary>
public sealed class DocumentCheckedConsumer(IDocumentSession session, ILogger<DocumentCheckedConsumer> logger)
    : IConsumer<DocumentChecked>
{
    public Task Consume(ConsumeContext<DocumentChecked> context)
    {
        var message = context.Message;
        return CountOnce.RecordAsync(session, message.EventId,
            [new CountChanged(message.Post, message.Day, Categories.DocumentCheck(message.Verdict), +1)], logger);
    }
}

public sealed class DocumentCheckedConsumerDefinition() : CountingConsumerDefinition<DocumentCheckedConsumer>("reporting-document-totals");
