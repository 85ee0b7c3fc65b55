namespace BorderPost.Contracts.Registers;

/// <summary>
/// Headquarters changed the lost/stolen document register (an import committed, or the whole register sent again):
/// one part of at most a few hundred lines, sent down to every post node so that a post checks documents against the
/// register while its link is down. A line whose <c>Status</c> is <c>recovered</c> takes the document out. A post keeps,
/// for each document, the line with the newest <c>ChangedAt</c>, so parts may arrive twice or out of order.
/// <paramref name="EventId"/> is globally unique and stable across redelivery.
/// </summary>
public sealed record LostOrStolenDocumentsChanged(
    Guid EventId,
    Guid ChangeId,
    int Part,
    int Parts,
    IReadOnlyList<RegisterLine> Lines);

/// <summary>
/// One document of the register: <paramref name="Status"/> is <c>lost</c>, <c>stolen</c> or <c>recovered</c>;
/// <paramref name="ChangedAt"/> is when headquarters committed it.
/// </summary>
public sealed record RegisterLine(
    string IssuingCountry,
    string DocumentNumber,
    string? DocumentType,
    string Status,
    DateOnly? ReportedOn,
    string Source,
    DateTimeOffset ChangedAt);
