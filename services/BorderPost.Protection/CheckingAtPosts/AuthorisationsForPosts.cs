using BorderPost.Protection.TravelAuthorisations;
using Integration = BorderPost.Contracts.Protection;

namespace BorderPost.Protection.CheckingAtPosts;

/// <summary>
/// IBESR's authorisations as they go down to the posts and come back up as a post's copy: the terms a check compares,
/// the office, and whether and when it was revoked (never the reason, which stays at headquarters).
/// </summary>
public static class AuthorisationsForPosts
{
    /// <summary>The reason a post's copy shows for a revocation: the reason itself stays at headquarters.</summary>
    public const string RevokedAtHeadquarters = "revoked at headquarters";

    public static Integration.TravelAuthorisationChanged Changed(Guid eventId, TravelAuthorisation a) =>
        new(eventId, a.Id, a.Number, a.Terms.IssuedOn, a.Terms.ValidUntil,
            new(a.Terms.Child.Surname, a.Terms.Child.GivenNames, a.Terms.Child.DateOfBirth, a.Terms.Child.Sex),
            new(a.Terms.AuthorisingParent.Surname, a.Terms.AuthorisingParent.GivenNames, EnumText.ToWire(a.Terms.AuthorisingParent.Relation)),
            a.Terms.TravellingWith, a.IssuingOffice, a.RecordedAt, a.Revocation?.RevokedAt);

    /// <summary>The post's copy of an authorisation, or null for a relation this version does not know.</summary>
    public static TravelAuthorisation? CopyOf(Integration.TravelAuthorisationChanged c)
    {
        if (!EnumText.TryParse<ParentRelation>(c.AuthorisingParent.Relation, out var relation))
        {
            return null;
        }
        var terms = new AuthorisationTerms(c.Number, c.IssuedOn, c.ValidUntil,
            new AuthorisedChild(c.Child.Surname, c.Child.GivenNames, c.Child.DateOfBirth, c.Child.Sex),
            new AuthorisingParent(c.AuthorisingParent.Surname, c.AuthorisingParent.GivenNames, relation), c.TravellingWith);
        var revocation = c.RevokedAt is { } at ? new TravelAuthorisationRevoked(c.AuthorisationId, RevokedAtHeadquarters, "IBESR", at) : null;
        return new TravelAuthorisation(c.AuthorisationId, c.Number, terms, c.IssuingOffice, "IBESR", c.RecordedAt, revocation);
    }
}
