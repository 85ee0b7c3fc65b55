namespace BorderPost.Contracts.Protection;

/// <summary>
/// IBESR issued or revoked a travel authorisation for a minor, sent down to every post node so that a post checks a
/// child leaving Haiti against IBESR's records while its link is down. It carries what the check compares (the child,
/// the authorising parent, the dates and office) and never the officer's reason for a revocation. A post keeps a
/// revoked authorisation revoked whatever arrives after, so the events may arrive twice or out of order.
/// <paramref name="EventId"/> is globally unique and stable across redelivery.
/// </summary>
public sealed record TravelAuthorisationChanged(
    Guid EventId,
    Guid AuthorisationId,
    string Number,
    DateOnly IssuedOn,
    DateOnly ValidUntil,
    AuthorisedChildTerms Child,
    AuthorisingParentTerms AuthorisingParent,
    string? TravellingWith,
    string IssuingOffice,
    DateTimeOffset RecordedAt,
    DateTimeOffset? RevokedAt);

/// <summary>The child an authorisation names; <paramref name="Sex"/> is <c>F</c>, <c>M</c> or <c>X</c>.</summary>
public sealed record AuthorisedChildTerms(string Surname, string GivenNames, DateOnly DateOfBirth, string Sex);

/// <summary>The parent who authorised; <paramref name="Relation"/> is <c>mother</c>, <c>father</c> or <c>legal_guardian</c>.</summary>
public sealed record AuthorisingParentTerms(string Surname, string GivenNames, string Relation);
