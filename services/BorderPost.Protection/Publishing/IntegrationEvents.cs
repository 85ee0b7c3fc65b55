using Integration = BorderPost.Contracts.Protection;

namespace BorderPost.Protection.Publishing;

/// <summary>Maps referral steps to the contracts other services see: post, kind, agency, outcome codes and times only.</summary>
public static class IntegrationEvents
{
    /// <summary>The referral's counting facts on <paramref name="day"/>: the person's sex and age band once their details are known.</summary>
    public static Integration.ReferralFacts Facts(string post, ReferralKind kind, string agency, ReferralDetails? details, DateOnly day)
    {
        var person = details?.Person;
        var ageBand = PersonBands.AgeBandOf(person?.DateOfBirth, person?.EstimatedAge, day);
        if (ageBand == PersonBands.Unknown && details is not null)
        {
            ageBand = PersonBands.AgeBandOfMinorBand(details.AgeBand);
        }
        return new(post, EnumText.ToWire(kind), agency, PersonBands.SexOf(person?.Sex), ageBand);
    }

    /// <summary>What was proposed and decided, at which post and day: never the answers, a name or the reason.</summary>
    public static Integration.ScreeningDecided Screened(Guid eventId, string origin, ScreeningAdults.ScreeningRecorded e) =>
        new(eventId, e.ScreeningId, origin, e.PostCode, HaitiCalendar.DayOf(e.Decision.DecidedAt), EnumText.ToWire(e.Proposal.Outcome),
            EnumText.ToWire(e.Decision.Outcome), e.Decision.DecidedAt);

    /// <summary>A minor's check: sex, age band, outcome and reason code — never a name, a number or the override's words.</summary>
    public static Integration.MinorTravelChecked MinorChecked(Guid eventId, string origin, CheckingMinorTravel.MinorTravelChecked e)
    {
        var day = HaitiCalendar.DayOf(e.CheckedAt);
        return new(eventId, e.CheckId, origin, e.PostCode, day, PersonBands.SexOf(e.Child.Sex),
            PersonBands.AgeBandOf(e.Child.DateOfBirth, e.Child.EstimatedAge, day), EnumText.ToWire(e.Outcome),
            e.HoldReason is { } reason ? EnumText.ToWire(reason) : null, e.CheckedAt);
    }

    public static Integration.ReferralOpened Opened(Guid eventId, string origin, Referred e) =>
        new(eventId, e.ReferralId, origin, Facts(e.PostCode, e.Kind, e.Agency, e.Details, HaitiCalendar.DayOf(e.ReferredAt)), HaitiCalendar.DayOf(e.ReferredAt), e.ArrestId,
            e.AcknowledgeBy, e.ReferredAt);

    public static Integration.ReferralAcknowledged Acknowledged(Guid eventId, string origin, Referral before, Acknowledged e) =>
        new(eventId, e.ReferralId, origin, Facts(before.PostCode, before.Kind, e.Agency, before.Details, HaitiCalendar.DayOf(e.AcknowledgedAt)), HaitiCalendar.DayOf(e.AcknowledgedAt), e.InTime,
            e.AcknowledgedAt, before.ReferredAt);

    public static Integration.ReferralOverdue Overdue(Guid eventId, string origin, Referral before, ReferralOverdue e) =>
        new(eventId, e.ReferralId, origin, Facts(before.PostCode, before.Kind, e.Agency, before.Details, HaitiCalendar.DayOf(e.RaisedAt)), HaitiCalendar.DayOf(e.RaisedAt), e.Deadline, e.RaisedAt);

    public static Integration.ReferralClosed Closed(Guid eventId, string origin, Referral before, Closed e) =>
        new(eventId, e.ReferralId, origin, Facts(before.PostCode, before.Kind, before.Agency, before.Details, HaitiCalendar.DayOf(e.ClosedAt)), HaitiCalendar.DayOf(e.ClosedAt),
            EnumText.ToWire(e.Outcome), e.ClosedAt);
}
