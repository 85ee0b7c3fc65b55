namespace BorderPost.Protection.Workflow;

/// <summary>Why a step of the workflow is refused.</summary>
public static class Refusals
{
    public static readonly Refusal NotAcknowledged = Refusal.Conflict(new(
        "Accusez d'abord réception de ce référencement : on ne peut ni remettre la personne ni fermer le dossier avant.",
        "Fè akize resepsyon referans sa a anvan : ou pa ka remèt moun nan ni fèmen dosye a anvan sa.",
        "Acknowledge this referral first: the person cannot be handed over nor the referral closed before that."));

    public static readonly Refusal AlreadyHandedOver = Refusal.Conflict(new(
        "La personne a déjà été remise autrement ; ce pas ne peut plus être fait.",
        "Yo te deja remèt moun nan yon lòt jan ; etap sa a pa posib ankò.",
        "The person was already handed over differently; this step is no longer possible."));

    public static readonly Refusal AlreadyClosed = Refusal.Conflict(new(
        "Ce référencement est déjà fermé avec une autre issue.",
        "Referans sa a deja fèmen ak yon lòt rezilta.",
        "This referral is already closed with another outcome."));

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
