namespace BorderPost.Contracts.Protection;

/// <summary>
/// A post node checked a minor leaving Haiti against its copy of IBESR's authorisations (its link to headquarters
/// may have been down): everything headquarters' Protection needs to keep the check as if it had made it, and, for a
/// child held for protection, to open the minor referral <paramref name="ReferralId"/> to <paramref name="ReferralAgency"/>.
/// Sent up from the post to headquarters' Protection only (it names the child); what other services see of a check is
/// <see cref="MinorTravelChecked"/>, which headquarters publishes once it has kept it. The check id makes it idempotent.
/// Codes are lower snake case: <paramref name="AccompaniedBy"/> (<c>both_parents</c>, <c>alone</c>…),
/// <paramref name="Outcome"/> (<c>cleared</c>, <c>held</c>, <c>released_on_override</c>) and <paramref name="HoldReason"/>.
/// </summary>
public sealed record MinorCheckedAtPost(
    Guid CheckId,
    string Post,
    Guid? InterceptionId,
    Guid? PersonId,
    Guid? CrossingId,
    CheckedChild Child,
    string AccompaniedBy,
    CheckedAdult? AccompanyingAdult,
    PresentedPaper? Presented,
    Guid? AuthorisationId,
    string? AuthorisationStatus,
    string Outcome,
    string? HoldReason,
    CheckOverride? Override,
    Guid? ReferralId,
    string? ReferralAgency,
    string Place,
    string Language,
    string CheckedBy,
    DateTimeOffset CheckedAt);

public sealed record CheckedChild(string Surname, string GivenNames, string Sex, DateOnly? DateOfBirth, int? EstimatedAge, string? Nationality);

public sealed record CheckedAdult(string Name, string Relationship, bool Arrested, Guid? ArrestId);

/// <summary>An authorisation as the officer read it from the paper; <paramref name="AuthorisingParent"/> when entered.</summary>
public sealed record PresentedPaper(string Number, DateOnly? IssuedOn, string? IssuingOffice, AuthorisingParentTerms? AuthorisingParent);

/// <summary>An officer let go a child who would have been held: the written reason, who and when.</summary>
public sealed record CheckOverride(string Reason, string OverriddenBy, DateTimeOffset OverriddenAt);
