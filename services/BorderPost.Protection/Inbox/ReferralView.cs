namespace BorderPost.Protection.Inbox;

/// <summary>A referral's details and history, for those who may see them; each read is recorded.</summary>
public sealed record ReferralView(
    ReferralSummary Summary,
    ReferralDetails? Details,
    AcknowledgementView? Acknowledgement,
    HandoverView? Handover,
    ClosureView? Closure,
    IReadOnlyList<StepView> History)
{
    public static ReferralView From(Referral r, DateTimeOffset now, bool showAlarms) =>
        new(ReferralSummary.From(r, now, showAlarms),
            r.Details,
            r.Acknowledgement is { } a ? new(a.Agency, a.AcknowledgedBy, a.AcknowledgedAt.UtcDateTime, a.InTime) : null,
            r.Handover is { } h ? new(h.Place, h.HandedOverAt.UtcDateTime, h.ReceivingPerson, h.RecordedBy) : null,
            r.Closure is { } c ? new(c.Outcome, c.Note, c.ClosedBy, c.ClosedAt.UtcDateTime) : null,
            r.History.Select(s => new StepView(s.Step, s.By, s.At.UtcDateTime, s.Note)).ToList());
}

public sealed record AcknowledgementView(string Agency, string By, DateTime At, bool InTime);

public sealed record HandoverView(string Place, DateTime HandedOverAt, string ReceivingPerson, string RecordedBy);

public sealed record ClosureView(ClosureOutcome Outcome, string Note, string By, DateTime At);

public sealed record StepView(string Step, string By, DateTime At, string? Note);
