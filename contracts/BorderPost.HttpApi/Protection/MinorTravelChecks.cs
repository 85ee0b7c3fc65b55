using BorderPost.HttpApi.People;

namespace BorderPost.HttpApi.Protection;

// The minor-travel check (issue 19): every minor leaving Haiti, at a crossing or in a stopped group. Accompanied by
// whom; if not by both parents, IBESR's authorisation presented or not, and verified against IBESR's records. A check
// that fails holds the child for protection and opens a minor referral to IBESR with the reason; an officer may let
// the child go only with a written reason (`overrideReason`), recorded with who and when. Every member of a request is
// nullable so that a missing field becomes a validation message naming it.

public sealed record MinorTravelCheckRequest(
    Guid? Id,
    string? PostCode,
    Guid? InterceptionId,
    Guid? PersonId,
    Guid? CrossingId,
    PersonRequest? Child,
    string? AccompaniedBy,
    AdultRequest? AccompanyingAdult,
    PresentedAuthorisationRequest? Authorisation,
    string? Place,
    string? Language,
    string? OverrideReason);

/// <summary>The authorisation as the traveller presents it: its number, and what the paper states when the officer enters it.</summary>
public sealed record PresentedAuthorisationRequest(string? Number, DateOnly? IssuedOn, string? IssuingOffice, AuthorisingParentRequest? AuthorisingParent);

/// <summary>
/// A check as recorded: <see cref="Outcome"/> is <c>cleared</c>, <c>held</c> (for protection, with
/// <see cref="HoldReason"/> and the referral opened) or <c>released_on_override</c> (would have been held; the
/// officer's reason in <see cref="Override"/>). <see cref="AuthorisationStatus"/> is what IBESR's records said of
/// the number presented (<c>valid</c>, <c>revoked</c>, <c>expired</c>, <c>unknown</c>), null when none was presented.
/// </summary>
public sealed record MinorTravelCheckView(
    Guid Id,
    string PostCode,
    Guid? InterceptionId,
    Guid? PersonId,
    Guid? CrossingId,
    string ChildName,
    string Sex,
    string AgeBand,
    string AccompaniedBy,
    string? AuthorisationNumber,
    string? AuthorisationStatus,
    string Outcome,
    string? HoldReason,
    MinorCheckOverrideView? Override,
    Guid? ReferralId,
    string? ReferralAgency,
    string CheckedBy,
    DateTime CheckedAt,
    string? ReferralStatus = null);

public sealed record MinorCheckOverrideView(string Reason, string OverriddenBy, DateTime OverriddenAt);

public static class MinorTravelCheckValues
{
    public const string BothParents = "both_parents";

    public static readonly IReadOnlyList<string> Accompaniments =
        [BothParents, "one_parent", "legal_guardian", "relative", "unrelated_adult", "alone"];

    public const string Cleared = "cleared";
    public const string Held = "held";
    public const string ReleasedOnOverride = "released_on_override";

    public static readonly IReadOnlyList<string> Outcomes = [Cleared, Held, ReleasedOnOverride];

    public static readonly IReadOnlyList<string> HoldReasons =
        ["authorisation_missing", "authorisation_unknown", "authorisation_revoked", "authorisation_expired", "authorisation_contradicted"];
}

/// <summary>
/// The copy of IBESR's travel authorisations a node checks minors against: at a post, what came down from
/// headquarters (<see cref="ChangedAt"/>: the newest issue or revocation it holds); at headquarters, IBESR's own records.
/// Counts only, never an authorisation.
/// </summary>
public sealed record AuthorisationCopyView(string Node, int Authorisations, int Revoked, DateTimeOffset? ChangedAt);

/// <summary>How many of IBESR's authorisations (those not yet expired, revoked ones included) were sent to the posts again.</summary>
public sealed record AuthorisationsSentView(int Authorisations);
