namespace BorderPost.Protection.Workflow;

/// <summary>Why a step of the workflow is refused.</summary>
public static class Refusals
{
    public static readonly Refusal NotAcknowledged = Refusal.Conflict(Texts.Get("ReferralWorkflow.NotAcknowledged"));

    public static readonly Refusal AlreadyHandedOver = Refusal.Conflict(Texts.Get("ReferralWorkflow.AlreadyHandedOver"));

    public static readonly Refusal AlreadyClosed = Refusal.Conflict(Texts.Get("ReferralWorkflow.AlreadyClosed"));

    public static readonly Refusal MinorStaysWithChildProtection = Refusal.OnField("agency", FieldMessages.AgencyFor(minor: true));

    public static readonly Refusal VictimStaysWithVictimServices = Refusal.OnField("agency", FieldMessages.AgencyFor(minor: false));
}

/// <summary>
/// Referred → Acknowledged → HandedOver → Closed; closing straight after acknowledging is allowed (e.g. a family met at
/// the post), and a referral not yet handed over can be reassigned, which asks the new agency to acknowledge it.
/// Repeating a step with the same content is a retry and changes nothing.
/// </summary>
public static class ReferralWorkflow
{
    public static Decision Acknowledge(Referral r, string by, DateTimeOffset now) => r.Status switch
    {
        ReferralStatus.Referred => Decision.Append(new Acknowledged(r.Id, r.Agency, by, now, now <= r.AcknowledgeBy)),
        _ => Decision.AlreadyDone,
    };

    public static Decision HandOver(Referral r, string place, DateTimeOffset at, string receivingPerson, string by, DateTimeOffset now) =>
        r.Status switch
        {
            ReferralStatus.Referred => Decision.Refuse(Refusals.NotAcknowledged),
            ReferralStatus.Acknowledged => Decision.Append(new HandedOver(r.Id, place, at, receivingPerson, by, now)),
            _ when r.Handover is { } h && h.Place == place && h.HandedOverAt == at && h.ReceivingPerson == receivingPerson
                => Decision.AlreadyDone,
            ReferralStatus.HandedOver => Decision.Refuse(Refusals.AlreadyHandedOver),
            _ => Decision.Refuse(Refusals.AlreadyClosed),
        };

    public static Decision Close(Referral r, ClosureOutcome outcome, string note, string by, DateTimeOffset now) => r.Status switch
    {
        ReferralStatus.Referred => Decision.Refuse(Refusals.NotAcknowledged),
        ReferralStatus.Acknowledged or ReferralStatus.HandedOver => Decision.Append(new Closed(r.Id, outcome, note, by, now)),
        _ when r.Closure?.Outcome == outcome => Decision.AlreadyDone,
        _ => Decision.Refuse(Refusals.AlreadyClosed),
    };

    public static Decision Reassign(Referral r, string toAgency, string reason, string by, DateTimeOffset now, TimeSpan acknowledgeWithin) =>
        r.Status switch
        {
            ReferralStatus.HandedOver => Decision.Refuse(Refusals.AlreadyHandedOver),
            ReferralStatus.Closed => Decision.Refuse(Refusals.AlreadyClosed),
            _ when r.Agency == toAgency => Decision.AlreadyDone,
            _ => Decision.Append(new Reassigned(r.Id, r.Agency, toAgency, reason, by, now, now + acknowledgeWithin)),
        };

    /// <summary>The alarm for the current deadline, once: null when not due or already raised.</summary>
    public static ReferralOverdue? Overdue(Referral r, DateTimeOffset now) =>
        r.IsOverdue(now) && r.OverdueRaisedFor != r.AcknowledgeBy ? new ReferralOverdue(r.Id, r.Agency, r.AcknowledgeBy, now) : null;
}
