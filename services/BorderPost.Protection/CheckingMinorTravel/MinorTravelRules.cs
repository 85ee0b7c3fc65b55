using System.Globalization;
using System.Text;
using BorderPost.Protection.TravelAuthorisations;

namespace BorderPost.Protection.CheckingMinorTravel;

/// <summary>
/// IBESR's rule for a minor leaving Haiti: with both parents, the child goes; otherwise the child needs IBESR's written
/// authorisation, known to IBESR's records, neither revoked nor expired, and naming this child — and, where the officer
/// entered them, the same issue date, office and authorising parent as IBESR recorded. Anything else holds the child for
/// protection, with the reason.
/// </summary>
public static class MinorTravelRules
{
    public static HoldReason? Decide(Accompaniment accompaniedBy, PresentedAuthorisation? presented, TravelAuthorisation? recorded,
        ReferredPerson child, DateOnly today)
    {
        if (accompaniedBy == Accompaniment.BothParents)
        {
            return null;
        }
        if (presented is null)
        {
            return HoldReason.AuthorisationMissing;
        }
        if (recorded is null)
        {
            return HoldReason.AuthorisationUnknown;
        }
        return recorded.StatusOn(today) switch
        {
            TravelAuthorisationValues.Revoked => HoldReason.AuthorisationRevoked,
            TravelAuthorisationValues.Expired => HoldReason.AuthorisationExpired,
            _ => Agrees(presented, recorded.Terms, recorded.IssuingOffice, child) ? null : HoldReason.AuthorisationContradicted,
        };
    }

    /// <summary>The child and the paper agree with IBESR's record on everything both state.</summary>
    public static bool Agrees(PresentedAuthorisation presented, AuthorisationTerms terms, string issuingOffice, ReferredPerson child)
    {
        var named = terms.Child;
        var firstGiven = FirstName(child.GivenNames);
        return SameName(child.Surname, named.Surname)
            && (firstGiven.Length == 0 || FirstName(named.GivenNames) == firstGiven)
            && (child.DateOfBirth is not { } born || born == named.DateOfBirth)
            && (child.Sex == "X" || named.Sex == "X" || child.Sex == named.Sex)
            && (presented.IssuedOn is not { } issued || issued == terms.IssuedOn)
            && (presented.IssuingOffice is not { } office || office == issuingOffice)
            && (presented.AuthorisingParent is not { } parent
                || (SameName(parent.Surname, terms.AuthorisingParent.Surname) && parent.Relation == terms.AuthorisingParent.Relation));
    }

    private static bool SameName(string a, string b) => Folded(a) == Folded(b);

    private static string FirstName(string givenNames) => Folded(givenNames).Split(' ', 2)[0];

    /// <summary>Upper case without accents, hyphens as spaces, spaces single: "Saint-Fleur" and "SAINT FLEUR" agree.</summary>
    public static string Folded(string name)
    {
        var letters = name.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(c => c is '-' or '\'' or '’' ? ' ' : char.ToUpperInvariant(c));
        return string.Join(' ', new string([.. letters]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
