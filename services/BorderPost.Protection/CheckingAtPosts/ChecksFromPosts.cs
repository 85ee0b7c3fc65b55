using BorderPost.Protection.CheckingMinorTravel;
using BorderPost.Protection.TravelAuthorisations;
using Integration = BorderPost.Contracts.Protection;

namespace BorderPost.Protection.CheckingAtPosts;

/// <summary>A check made at a post node as it goes up to headquarters, and as headquarters reads it back.</summary>
public static class ChecksFromPosts
{
    /// <summary>The check, with where and in which language the child was found (from the held child's referral).</summary>
    public static Integration.MinorCheckedAtPost Sent(MinorTravelChecked e, Referral? referral)
    {
        var c = e.Child;
        var p = e.Presented;
        return new(e.CheckId, e.PostCode, e.InterceptionId, e.PersonId, e.CrossingId,
            new(c.Surname, c.GivenNames, c.Sex, c.DateOfBirth, c.EstimatedAge, c.Nationality), EnumText.ToWire(e.AccompaniedBy),
            e.AccompanyingAdult is { } a ? new(a.Name, a.Relationship, a.Arrested, a.ArrestId) : null,
            p is null ? null : new(p.Number, p.IssuedOn, p.IssuingOffice,
                p.AuthorisingParent is { } parent ? new(parent.Surname, parent.GivenNames, EnumText.ToWire(parent.Relation)) : null),
            e.AuthorisationId, e.AuthorisationStatus, EnumText.ToWire(e.Outcome), e.HoldReason is { } reason ? EnumText.ToWire(reason) : null,
            e.Override is { } o ? new(o.Reason, o.OverriddenBy, o.OverriddenAt) : null, e.ReferralId, e.ReferralAgency,
            referral?.Details?.Minor?.FoundAt.Place ?? e.PostCode, referral?.Details?.Language ?? "ht", e.CheckedBy, e.CheckedAt);
    }

    /// <summary>The check as headquarters keeps it, or null when a code is one this version does not know.</summary>
    public static (ValidMinorCheck Valid, MinorTravelChecked Checked)? Received(Integration.MinorCheckedAtPost m)
    {
        if (!EnumText.TryParse<Accompaniment>(m.AccompaniedBy, out var accompaniedBy)
            || !EnumText.TryParse<MinorTravelOutcome>(m.Outcome, out var outcome))
        {
            return null;
        }
        HoldReason? reason = null;
        if (m.HoldReason is not null)
        {
            if (!EnumText.TryParse<HoldReason>(m.HoldReason, out var parsed))
            {
                return null;
            }
            reason = parsed;
        }
        AuthorisingParent? parent = null;
        if (m.Presented?.AuthorisingParent is { } stated)
        {
            if (!EnumText.TryParse<ParentRelation>(stated.Relation, out var relation))
            {
                return null;
            }
            parent = new AuthorisingParent(stated.Surname, stated.GivenNames, relation);
        }
        var child = new ReferredPerson(m.Child.Surname, m.Child.GivenNames, m.Child.Sex, m.Child.DateOfBirth, m.Child.EstimatedAge, m.Child.Nationality);
        var adult = m.AccompanyingAdult is { } a ? new AccompanyingAdult(a.Name, a.Relationship, a.Arrested, a.ArrestId) : null;
        var presented = m.Presented is { } p ? new PresentedAuthorisation(p.Number, p.IssuedOn, p.IssuingOffice, parent) : null;
        var valid = new ValidMinorCheck(m.CheckId, m.Post, m.InterceptionId, m.PersonId, m.CrossingId, child, accompaniedBy, adult, presented,
            m.Place, m.Language, m.Override?.Reason);
        var e = new MinorTravelChecked(m.CheckId, m.Post, m.InterceptionId, m.PersonId, m.CrossingId, child, accompaniedBy, adult, presented,
            m.AuthorisationId, m.AuthorisationStatus, outcome, reason,
            m.Override is { } o ? new MinorCheckOverride(o.Reason, o.OverriddenBy, o.OverriddenAt) : null,
            m.ReferralId, m.ReferralAgency, m.CheckedBy, m.CheckedAt);
        return (valid, e);
    }
}
