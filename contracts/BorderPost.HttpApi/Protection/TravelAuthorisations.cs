namespace BorderPost.HttpApi.Protection;

// IBESR's written authorisation for a minor leaving Haiti without both parents (issue 19): recorded by the IBESR office
// that issues it, revoked by IBESR, verified by a post against its number. Every member of a request is nullable so that
// a missing field becomes a validation message naming it.

public sealed record TravelAuthorisationRequest(
    Guid? Id,
    string? Number,
    DateOnly? IssuedOn,
    DateOnly? ValidUntil,
    AuthorisedChildRequest? Child,
    AuthorisingParentRequest? AuthorisingParent,
    string? TravellingWith);

/// <summary>The child the authorisation names: sex F, M or X.</summary>
public sealed record AuthorisedChildRequest(string? Surname, string? GivenNames, DateOnly? DateOfBirth, string? Sex);

/// <summary>Who authorised: <c>mother</c>, <c>father</c> or <c>legal_guardian</c> (<see cref="TravelAuthorisationValues"/>).</summary>
public sealed record AuthorisingParentRequest(string? Surname, string? GivenNames, string? Relation);

public sealed record RevocationRequest(string? Reason);

/// <summary>
/// An authorisation as IBESR records it, and as a post verifies it: <see cref="Status"/> is <c>valid</c>,
/// <c>revoked</c>, <c>expired</c> or, from verification, <c>unknown</c> (no authorisation has that number; nothing else
/// is then answered).
/// </summary>
public sealed record TravelAuthorisationView(
    string Status,
    string Number,
    Guid? Id = null,
    string? IssuingOffice = null,
    DateOnly? IssuedOn = null,
    DateOnly? ValidUntil = null,
    AuthorisedChildView? Child = null,
    AuthorisingParentView? AuthorisingParent = null,
    string? TravellingWith = null,
    string? RevocationReason = null);

public sealed record AuthorisedChildView(string Surname, string GivenNames, DateOnly DateOfBirth, string Sex);

public sealed record AuthorisingParentView(string Surname, string GivenNames, string Relation);

public static class TravelAuthorisationValues
{
    public static readonly IReadOnlyList<string> Relations = ["mother", "father", "legal_guardian"];

    public const string Valid = "valid";
    public const string Revoked = "revoked";
    public const string Expired = "expired";
    public const string Unknown = "unknown";
}
