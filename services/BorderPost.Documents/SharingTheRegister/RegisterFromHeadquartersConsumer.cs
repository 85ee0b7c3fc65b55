using BorderPost.Contracts.Registers;
using BorderPost.Documents.Register;
using BorderPost.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;

namespace BorderPost.Documents.SharingTheRegister;

/// <summary>
/// At a post node, keeps headquarters' lost/stolen register: each line replaces the post's entry for that document
/// unless the post holds a newer one, and a recovered line stays as a marker. Idempotent, and indifferent to order:
/// a part delivered twice or late changes nothing. At headquarters, where the register is kept, it does nothing (its
/// queue is still bound, so that the exchange exists before any post links to it).
/// </summary>
public sealed class RegisterFromHeadquartersConsumer(IDocumentStore store, IOptions<NodeOptions> node,
    ILogger<RegisterFromHeadquartersConsumer> logger) : IConsumer<LostOrStolenDocumentsChanged>
{
    public async Task Consume(ConsumeContext<LostOrStolenDocumentsChanged> context)
    {
        if (!node.Value.IsPost)
        {
            return;
        }
        var change = context.Message;
        var lines = new Dictionary<string, ReportedDocument>(StringComparer.Ordinal);
        foreach (var line in change.Lines)
        {
            if (!EnumText.TryParse<ReportStatus>(line.Status, out var status))
            {
                logger.LogWarning("Register line of change {ChangeId} with an unknown status {Status}: left out", change.ChangeId, line.Status);
                continue;
            }
            var id = ReportedDocument.IdFor(line.IssuingCountry, line.DocumentNumber);
            var entry = new ReportedDocument(id, line.IssuingCountry, line.DocumentNumber, line.DocumentType, status,
                line.ReportedOn, line.Source, change.ChangeId, line.ChangedAt);
            if (!lines.TryGetValue(id, out var other) || other.ChangedAt <= entry.ChangedAt)
            {
                lines[id] = entry;
            }
        }
        await using var session = store.LightweightSession();
        var held = await session.LoadManyAsync<ReportedDocument>(context.CancellationToken, lines.Keys);
        var newer = held.Where(h => h.ChangedAt is not null).ToDictionary(h => h.Id, h => h.ChangedAt!.Value, StringComparer.Ordinal);
        var kept = lines.Values.Where(l => !newer.TryGetValue(l.Id, out var at) || at <= l.ChangedAt).ToArray();
        if (kept.Length > 0)
        {
            session.Store(kept);
            await session.SaveChangesAsync(context.CancellationToken);
        }
        logger.LogInformation("Register change {ChangeId} part {Part}/{Parts}: {Kept} of {Lines} lines applied",
            change.ChangeId, change.Part, change.Parts, kept.Length, change.Lines.Count);
    }
}

/// <summary>One part at a time: two parts touching the same document never race.</summary>
public sealed class RegisterFromHeadquartersConsumerDefinition()
    : PatientConsumerDefinition<RegisterFromHeadquartersConsumer>("documents-register-from-hq", concurrentMessageLimit: 1);
