using static BorderPost.ServiceDefaults.Http.EnumText;

namespace BorderPost.Protection.CheckingMinorTravel;

public static class MinorTravelAnswers
{
    public static MinorTravelCheckView View(MinorTravelChecked e) =>
        new(e.CheckId, e.PostCode, e.InterceptionId, e.PersonId, e.CrossingId, $"{e.Child.GivenNames} {e.Child.Surname}".Trim(), e.Child.Sex,
            PersonBands.AgeBandOf(e.Child.DateOfBirth, e.Child.EstimatedAge, HaitiCalendar.DayOf(e.CheckedAt)), ToWire(e.AccompaniedBy),
            e.Presented?.Number, e.AuthorisationStatus, ToWire(e.Outcome), e.HoldReason is { } r ? ToWire(r) : null,
            e.Override is { } o ? new MinorCheckOverrideView(o.Reason, o.OverriddenBy, o.OverriddenAt.UtcDateTime) : null,
            e.ReferralId, e.ReferralAgency, e.CheckedBy, e.CheckedAt.UtcDateTime);
}
