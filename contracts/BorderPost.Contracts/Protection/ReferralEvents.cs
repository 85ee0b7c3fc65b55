namespace BorderPost.Contracts.Protection;

// Integration events of the referral workflow: codes, counts and times only. EventId is globally unique and stable
// across redelivery; OriginPost is the node that wrote the event; Day is the Haitian day of the step.

/// <summary>A person was referred to an agency, which must acknowledge by <paramref name="AcknowledgeBy"/>.</summary>
public sealed record ReferralOpened(
    Guid EventId,
    Guid ReferralId,
    string OriginPost,
    ReferralFacts Facts,
    DateOnly Day,
    Guid? ArrestId,
    DateTimeOffset AcknowledgeBy,
    DateTimeOffset ReferredAt);

/// <summary>
/// The receiving agency acknowledged the referral, before its deadline or not (<paramref name="InTime"/>), the time
/// <paramref name="ReferredAt"/> having opened it (absent from messages of before it was sent).
/// </summary>
public sealed record ReferralAcknowledged(
    Guid EventId,
    Guid ReferralId,
    string OriginPost,
    ReferralFacts Facts,
    DateOnly Day,
    bool InTime,
    DateTimeOffset AcknowledgedAt,
    DateTimeOffset? ReferredAt = null);

/// <summary>No one acknowledged the referral by <paramref name="Deadline"/>: an alarm, raised once per deadline.</summary>
public sealed record ReferralOverdue(
    Guid EventId,
    Guid ReferralId,
    string OriginPost,
    ReferralFacts Facts,
    DateOnly Day,
    DateTimeOffset Deadline,
    DateTimeOffset RaisedAt);

/// <summary>
/// The referral was closed with <paramref name="Outcome"/>: <c>family_reunified</c>, <c>placed_in_shelter</c>,
/// <c>placed_in_foster_care</c>, <c>returned_with_family_member</c>, <c>assisted_and_released</c>,
/// <c>transferred_to_other_agency</c> or <c>other</c>.
/// </summary>
public sealed record ReferralClosed(
    Guid EventId,
    Guid ReferralId,
    string OriginPost,
    ReferralFacts Facts,
    DateOnly Day,
    string Outcome,
    DateTimeOffset ClosedAt);
