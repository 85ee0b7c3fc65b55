using BorderPost.Protection.AccessLog;
using static BorderPost.ServiceDefaults.Http.EnumText;

namespace BorderPost.Protection.Inbox;

/// <summary>A referral as the API answers it (<see cref="BorderPost.HttpApi.Protection"/>): enums as their wire names, times in UTC.</summary>
public static class ReferralAnswers
{
    public static ReferralSummary Summary(Referral r, DateTimeOffset now, bool showAlarms) =>
        new(r.Id, ToWire(r.Kind), ToWire(r.Status), r.PostCode, r.Agency, r.Details?.Person.Sex, AgeBands.Of(r, now), r.DetailsPending,
            r.ArrestId, r.ReferredAt.UtcDateTime, r.AcknowledgeBy.UtcDateTime, showAlarms ? r.IsOverdue(now) : null,
            showAlarms && r.OverdueRaisedFor is not null);

    public static ReferralView View(Referral r, DateTimeOffset now, bool showAlarms) =>
        new(Summary(r, now, showAlarms),
            r.Details is { } d ? Details(d) : null,
            r.Acknowledgement is { } a ? new(a.Agency, a.AcknowledgedBy, a.AcknowledgedAt.UtcDateTime, a.InTime) : null,
            r.Handover is { } h ? new(h.Place, h.HandedOverAt.UtcDateTime, h.ReceivingPerson, h.RecordedBy) : null,
            r.Closure is { } c ? new(ToWire(c.Outcome), c.Note, c.ClosedBy, c.ClosedAt.UtcDateTime) : null,
            r.History.Select(s => new StepView(s.Step, s.By, s.At.UtcDateTime, s.Note)).ToList());

    public static AccessRecordView Access(AccessRecord a) =>
        new(a.Id, a.ReferralId, a.User, a.Role, a.Post, a.Agency, ToWire(a.Purpose), a.ReadAt, a.Address);

    private static ReferralDetailsView Details(ReferralDetails d)
    {
        var p = d.Person;
        return new(new PersonView(p.Surname, p.GivenNames, p.Sex, p.DateOfBirth, p.EstimatedAge, p.Nationality),
            d.AgeBand, d.IdentityEstimated, d.Language, d.Needs.Select(ToWire).ToList(), d.Remarks, d.CrossingId,
            d.Victim is { } v ? new VictimView(v.Indicators.Select(ToWire).ToList(), v.ConsentToReferral) : null,
            d.Minor is { } m
                ? new MinorView(new FoundAtView(m.FoundAt.Place, ToWire(m.FoundAt.How), m.FoundAt.Description),
                    m.AccompanyingAdult is { } adult ? new(adult.Name, adult.Relationship, adult.Arrested, adult.ArrestId) : null,
                    m.Family is { } f ? new(f.Name, f.Relationship, f.Phone, f.Address) : null)
                : null);
    }
}
