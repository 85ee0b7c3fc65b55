using BorderPost.Contracts.Documents;
using BorderPost.Reporting.Counting;
using MassTransit;

namespace BorderPost.Reporting.CountingDocuments;

/// <summary>
/// Counts document checks by verdict and finding code (<see cref="DocumentCounting"/>), and supervisors' reviews by decision, per post and Haitian day, once per event
/// (see <see cref="CountOnce"/>).
/// </summary>
public sealed class DocumentEventsConsumer(IDocumentSession session, ILogger<DocumentEventsConsumer> logger)
    : IConsumer<DocumentChecked>, IConsumer<DocumentReviewed>
{
    public Task Consume(ConsumeContext<DocumentChecked> context)
    {
        var message = context.Message;
        return CountOnce.RecordAsync(session, message.EventId, DocumentCounting.Decide(message), logger);
    }

    public Task Consume(ConsumeContext<DocumentReviewed> context)
    {
        var message = context.Message;
        return CountOnce.RecordAsync(session, message.EventId,
            [new CountChanged(message.Post, message.Day, ReportCategories.DocumentReview(message.Decision), +1)], logger);
    }
}

public sealed class DocumentEventsConsumerDefinition() : CountingConsumerDefinition<DocumentEventsConsumer>("reporting-document-totals");
