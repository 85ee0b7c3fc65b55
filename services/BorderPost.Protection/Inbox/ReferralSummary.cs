namespace BorderPost.Protection.Inbox;

/// <summary>
/// A referral as inboxes list it: what a protection officer needs to triage (kind, sex, age band, post, status, deadline),
/// never a name, a contact or an indicator. <see cref="Overdue"/> is null for roles that do not see alarms.
/// </summary>
public sealed record ReferralSummary(
    Guid Id,
    ReferralKind Kind,
    ReferralStatus Status,
    string PostCode,
    string Agency,
    string? Sex,
    string? AgeBand,
    bool DetailsPending,
    Guid? ArrestId,
    DateTime ReferredAt,
    DateTime AcknowledgeBy,
    bool? Overdue,
    bool OverdueAlarmRaised)
{
    public static ReferralSummary From(Referral r, DateTimeOffset now, bool showAlarms) =>
        new(r.Id, r.Kind, r.Status, r.PostCode, r.Agency, r.Details?.Person.Sex, AgeBands.Of(r, now), r.DetailsPending,
            r.ArrestId, r.ReferredAt.UtcDateTime, r.AcknowledgeBy.UtcDateTime, showAlarms ? r.IsOverdue(now) : null,
            showAlarms && r.OverdueRaisedFor is not null);
}
