using static BorderPost.ServiceDefaults.Http.EnumText;

namespace BorderPost.Protection.TravelAuthorisations;

public static class TravelAuthorisationAnswers
{
    public static TravelAuthorisationView View(TravelAuthorisation a, DateOnly today)
    {
        var t = a.Terms;
        return new(a.StatusOn(today), a.Number, a.Id, a.IssuingOffice, t.IssuedOn, t.ValidUntil,
            new AuthorisedChildView(t.Child.Surname, t.Child.GivenNames, t.Child.DateOfBirth, t.Child.Sex),
            new AuthorisingParentView(t.AuthorisingParent.Surname, t.AuthorisingParent.GivenNames, ToWire(t.AuthorisingParent.Relation)),
            t.TravellingWith, a.Revocation?.Reason);
    }
}
