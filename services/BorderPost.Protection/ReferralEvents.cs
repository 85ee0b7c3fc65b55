namespace BorderPost.Protection;

// Domain events of a referral stream: each step with who and when. They stay in this service (names, contacts and
// indicators live only here); Publishing/ maps some of them to contracts with codes and counts only.

public enum ClosureOutcome
{
    FamilyReunified,
    PlacedInShelter,
    PlacedInFosterCare,
    ReturnedWithFamilyMember,
    AssistedAndReleased,
    TransferredToOtherAgency,
    Other,
}

/// <summary>
/// A person was referred to <paramref name="Agency"/>. <paramref name="Details"/> is null when the referral was opened
/// from an arrest listing the person and the officer's details have not arrived yet.
/// </summary>
public sealed record Referred(
    Guid ReferralId,
    ReferralKind Kind,
    string PostCode,
    string Agency,
    Guid? ArrestId,
    ReferralDetails? Details,
    string ReferredBy,
    DateTimeOffset ReferredAt,
    DateTimeOffset AcknowledgeBy);

/// <summary>The officer's details for a referral the arrest opened first.</summary>
public sealed record ReferralDetailsRecorded(Guid ReferralId, ReferralDetails Details, Guid? ArrestId, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record Acknowledged(Guid ReferralId, string Agency, string AcknowledgedBy, DateTimeOffset AcknowledgedAt, bool InTime);

/// <summary>The person was handed to <paramref name="ReceivingPerson"/> at <paramref name="Place"/>.</summary>
public sealed record HandedOver(
    Guid ReferralId, string Place, DateTimeOffset HandedOverAt, string ReceivingPerson, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record Closed(Guid ReferralId, ClosureOutcome Outcome, string Note, string ClosedBy, DateTimeOffset ClosedAt);

/// <summary>The referral moves to another agency, which must acknowledge it by a new deadline.</summary>
public sealed record Reassigned(
    Guid ReferralId, string FromAgency, string ToAgency, string Reason, string ReassignedBy, DateTimeOffset ReassignedAt,
    DateTimeOffset AcknowledgeBy);

/// <summary>Nobody acknowledged the referral by <paramref name="Deadline"/>: raised once per deadline.</summary>
public sealed record ReferralOverdue(Guid ReferralId, string Agency, DateTimeOffset Deadline, DateTimeOffset RaisedAt);
