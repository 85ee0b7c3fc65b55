using BorderPost.Contracts.Documents;
using BorderPost.Documents.Register;
using BorderPost.Documents.ReviewingChecks;
using BorderPost.Documents.ViewingChecks;
using BorderPost.ServiceDefaults.Messaging;
using JasperFx.Events;
using MassTransit;
using Microsoft.Extensions.Options;

namespace BorderPost.Documents.Publishing;

/// <summary>
/// Documents' outbox: each completed check goes out as <see cref="DocumentChecked"/> (verdict and codes, no names), each
/// supervisor's review as <see cref="DocumentReviewed"/>, and each part of a register change as
/// <see cref="BorderPost.Contracts.Registers.LostOrStolenDocumentsChanged"/> (down to the post nodes).
/// </summary>
public sealed class DocumentCheckedRelay(IBus bus, IOptions<NodeOptions> node, ILogger<DocumentCheckedRelay> logger)
    : EventStoreOutbox("document-checked", bus, logger)
{

    protected override async Task<object?> ToIntegrationEventAsync(IEvent e, IDocumentStore store, CancellationToken ct)
    {
        if (e.Data is RegisterLinesCommitted register)
        {
            return register.ToIntegrationEvent(e.Id);
        }
        if (e.Data is DocumentCheckReviewed reviewed)
        {
            var before = await StateBeforeAsync<DocumentCheck>(e, store, ct);
            return new DocumentReviewed(
                e.Id, reviewed.CheckId, node.Value.Name, before.Post, (before.Verdict ?? Verdict.Unreadable).ToString().ToLowerInvariant(),
                reviewed.Decision.ToString().ToLowerInvariant(), HaitiCalendar.DayOf(reviewed.ReviewedAt), reviewed.ReviewedAt);
        }
        if (e.Data is not DocumentCheckCompleted completed)
        {
            return null;
        }
        var check = await ReadAsync(store, session => session.LoadAsync<DocumentCheck>(e.StreamId, ct), ct)
            ?? throw new InvalidOperationException($"Document check {e.StreamId} has no snapshot");
        return new DocumentChecked(
            e.Id,
            completed.CheckId,
            node.Value.Name,
            check.Post,
            check.CrossingId,
            completed.Verdict.ToString().ToLowerInvariant(),
            check.Format is { } format ? DocumentCheckAnswers.FormatName(format) : null,
            [.. completed.Findings.Select(f => f.Code).Distinct()],
            HaitiCalendar.DayOf(completed.CompletedAt),
            completed.CompletedAt);
    }
}
