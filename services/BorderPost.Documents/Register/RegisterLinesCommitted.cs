using BorderPost.Contracts.Registers;

namespace BorderPost.Documents.Register;

/// <summary>
/// Register entries committed here (an import, or the whole register sent again), one part of a change: stored as an
/// event in the same transaction as the entries, so the outbox sends exactly what was committed down to the posts.
/// </summary>
public sealed record RegisterLinesCommitted(Guid ChangeId, int Part, int Parts, IReadOnlyList<ReportedDocument> Lines)
{
    /// <summary>Entries per part: a part stays well under a hundred kilobytes on the wire.</summary>
    public const int PartSize = 500;

    public static IReadOnlyList<RegisterLinesCommitted> PartsOf(Guid changeId, IReadOnlyList<ReportedDocument> entries)
    {
        var chunks = entries.Chunk(PartSize).ToList();
        return [.. chunks.Select((lines, i) => new RegisterLinesCommitted(changeId, i + 1, chunks.Count, lines))];
    }

    public LostOrStolenDocumentsChanged ToIntegrationEvent(Guid eventId) =>
        new(eventId, ChangeId, Part, Parts, [.. Lines.Select(d => new RegisterLine(
            d.IssuingCountry, d.DocumentNumber, d.DocumentType, EnumText.ToWire(d.Status), d.ReportedOn, d.Source,
            d.ChangedAt ?? DateTimeOffset.UnixEpoch))]);
}
