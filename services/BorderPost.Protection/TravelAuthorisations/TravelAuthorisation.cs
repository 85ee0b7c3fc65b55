namespace BorderPost.Protection.TravelAuthorisations;

public enum ParentRelation { Mother, Father, LegalGuardian }

public sealed record AuthorisedChild(string Surname, string GivenNames, DateOnly DateOfBirth, string Sex);

public sealed record AuthorisingParent(string Surname, string GivenNames, ParentRelation Relation);

/// <summary>What IBESR states when it issues an authorisation, already validated; the number is unique.</summary>
public sealed record AuthorisationTerms(
    string Number, DateOnly IssuedOn, DateOnly ValidUntil, AuthorisedChild Child, AuthorisingParent AuthorisingParent, string? TravellingWith);

// Events of an authorisation's stream.

public sealed record TravelAuthorisationIssued(Guid AuthorisationId, AuthorisationTerms Terms, string IssuingOffice, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record TravelAuthorisationRevoked(Guid AuthorisationId, string Reason, string RevokedBy, DateTimeOffset RevokedAt);

/// <summary>
/// The admin sent the authorisation to the post nodes again (a post linked after it was issued): changes nothing here;
/// Protection's outbox sends it down as it stands.
/// </summary>
public sealed record TravelAuthorisationSentToPosts(Guid AuthorisationId, string SentBy, DateTimeOffset SentAt);

/// <summary>
/// A post looked the authorisation up: who, where, when, and what it was then. Every read of a child's data is kept, each
/// on a stream of its own (<see cref="CheckId"/>) so that look-ups never contend with a revocation (as decision 0004's
/// reads of a referral).
/// </summary>
public sealed record TravelAuthorisationVerified(Guid CheckId, Guid AuthorisationId, string Post, string VerifiedBy, DateTimeOffset VerifiedAt, string Status);

/// <summary>
/// IBESR's written authorisation for a minor to leave Haiti without both parents, folded from its stream and kept
/// inline as a document (the number is a unique index).
/// </summary>
public sealed record TravelAuthorisation(
    Guid Id,
    string Number,
    AuthorisationTerms Terms,
    string IssuingOffice,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    TravelAuthorisationRevoked? Revocation)
{
    public static TravelAuthorisation Create(TravelAuthorisationIssued e) =>
        new(e.AuthorisationId, e.Terms.Number, e.Terms, e.IssuingOffice, e.RecordedBy, e.RecordedAt, null);

    public TravelAuthorisation Apply(TravelAuthorisationRevoked e) => this with { Revocation = e };

    /// <summary><c>revoked</c>, <c>expired</c> after its last valid day (Haiti's calendar), else <c>valid</c>.</summary>
    public string StatusOn(DateOnly day) =>
        Revocation is not null ? TravelAuthorisationValues.Revoked
        : day > Terms.ValidUntil ? TravelAuthorisationValues.Expired
        : TravelAuthorisationValues.Valid;
}
