namespace BorderPost.Protection;

public enum ReferralStatus { Referred, Acknowledged, HandedOver, Closed }

/// <summary>One step of a referral's history: what happened, who did it, when.</summary>
public sealed record ReferralStep(string Step, string By, DateTimeOffset At, string? Note = null);

/// <summary>
/// The state of one referral, folded from its stream and kept inline as a document so inboxes can be listed. It holds
/// the person's details: it never leaves this service except through the detail endpoint, which records each read.
/// </summary>
public sealed record Referral(
    Guid Id,
    ReferralKind Kind,
    string PostCode,
    string Agency,
    ReferralStatus Status,
    ReferralDetails? Details,
    Guid? ArrestId,
    string ReferredBy,
    DateTimeOffset ReferredAt,
    DateTimeOffset AcknowledgeBy,
    DateTimeOffset? OverdueRaisedFor,
    Acknowledged? Acknowledgement,
    HandedOver? Handover,
    Closed? Closure,
    IReadOnlyList<ReferralStep> History)
{
    public bool DetailsPending => Details is null;

    /// <summary>Awaiting acknowledgement past its deadline (whether or not the alarm was raised yet).</summary>
    public bool IsOverdue(DateTimeOffset now) => Status == ReferralStatus.Referred && now > AcknowledgeBy;

    public static Referral Create(Referred e) =>
        new(e.ReferralId, e.Kind, e.PostCode, e.Agency, ReferralStatus.Referred, e.Details, e.ArrestId, e.ReferredBy,
            e.ReferredAt, e.AcknowledgeBy, null, null, null, null,
            [new("referred", e.ReferredBy, e.ReferredAt, e.Details is null ? "details_pending" : null)]);

    public Referral Apply(ReferralDetailsRecorded e) =>
        this with
        {
            Details = e.Details,
            ArrestId = ArrestId ?? e.ArrestId,
            History = [.. History, new("details_recorded", e.RecordedBy, e.RecordedAt)],
        };

    public Referral Apply(Acknowledged e) =>
        this with
        {
            Status = ReferralStatus.Acknowledged,
            Acknowledgement = e,
            History = [.. History, new("acknowledged", e.AcknowledgedBy, e.AcknowledgedAt, e.InTime ? "in_time" : "late")],
        };

    public Referral Apply(HandedOver e) =>
        this with
        {
            Status = ReferralStatus.HandedOver,
            Handover = e,
            History = [.. History, new("handed_over", e.RecordedBy, e.RecordedAt)],
        };

    public Referral Apply(Closed e) =>
        this with
        {
            Status = ReferralStatus.Closed,
            Closure = e,
            History = [.. History, new("closed", e.ClosedBy, e.ClosedAt)],
        };

    public Referral Apply(Reassigned e) =>
        this with
        {
            Agency = e.ToAgency,
            Status = ReferralStatus.Referred,
            AcknowledgeBy = e.AcknowledgeBy,
            OverdueRaisedFor = null,
            Acknowledgement = null,
            History = [.. History, new("reassigned", e.ReassignedBy, e.ReassignedAt, $"{e.FromAgency} → {e.ToAgency}")],
        };

    public Referral Apply(ReferralOverdue e) =>
        this with
        {
            OverdueRaisedFor = e.Deadline,
            History = [.. History, new("overdue", "system", e.RaisedAt)],
        };
}
