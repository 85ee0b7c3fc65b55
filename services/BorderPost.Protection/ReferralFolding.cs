namespace BorderPost.Protection;

/// <summary>Applies any referral event to a state, as Marten's snapshot does.</summary>
public static class ReferralFolding
{
    public static Referral Apply(Referral r, object e) => e switch
    {
        ReferralDetailsRecorded x => r.Apply(x),
        Acknowledged x => r.Apply(x),
        HandedOver x => r.Apply(x),
        Closed x => r.Apply(x),
        Reassigned x => r.Apply(x),
        ReferralOverdue x => r.Apply(x),
        _ => r,
    };
}
