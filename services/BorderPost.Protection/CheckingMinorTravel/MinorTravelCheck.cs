using BorderPost.Protection.TravelAuthorisations;

namespace BorderPost.Protection.CheckingMinorTravel;

public enum Accompaniment { BothParents, OneParent, LegalGuardian, Relative, UnrelatedAdult, Alone }

public enum MinorTravelOutcome { Cleared, Held, ReleasedOnOverride }

/// <summary>Why a minor is held for protection: no authorisation, or one IBESR's records do not bear out.</summary>
public enum HoldReason { AuthorisationMissing, AuthorisationUnknown, AuthorisationRevoked, AuthorisationExpired, AuthorisationContradicted }

/// <summary>An authorisation as presented: its number, and what the paper states when the officer entered it.</summary>
public sealed record PresentedAuthorisation(string Number, DateOnly? IssuedOn, string? IssuingOffice, AuthorisingParent? AuthorisingParent);

/// <summary>An officer let a child go who would have been held: the written reason, who and when.</summary>
public sealed record MinorCheckOverride(string Reason, string OverriddenBy, DateTimeOffset OverriddenAt);

/// <summary>
/// A minor leaving Haiti was checked at <see cref="PostCode"/>: who the child travels with, the authorisation presented
/// and what IBESR's records said of it (<see cref="AuthorisationStatus"/>), the outcome with its reason, an officer's
/// override, and the minor referral opened when the child is held. The first and only event of its stream.
/// </summary>
public sealed record MinorTravelChecked(
    Guid CheckId,
    string PostCode,
    Guid? InterceptionId,
    Guid? PersonId,
    Guid? CrossingId,
    ReferredPerson Child,
    Accompaniment AccompaniedBy,
    AccompanyingAdult? AccompanyingAdult,
    PresentedAuthorisation? Presented,
    Guid? AuthorisationId,
    string? AuthorisationStatus,
    MinorTravelOutcome Outcome,
    HoldReason? HoldReason,
    MinorCheckOverride? Override,
    Guid? ReferralId,
    string? ReferralAgency,
    string CheckedBy,
    DateTimeOffset CheckedAt);

/// <summary>A check as kept inline for reading, in Protection where a child's data may live.</summary>
public sealed record MinorTravelCheck(Guid Id, MinorTravelChecked Checked, string PostCode, Guid? InterceptionId)
{
    public static MinorTravelCheck Create(MinorTravelChecked e) => new(e.CheckId, e, e.PostCode, e.InterceptionId);
}
