namespace BorderPost.Protection;

/// <summary>Configuration section <c>Protection</c>: acknowledgement deadlines and how often they are checked.</summary>
public sealed class ProtectionOptions
{
    public const string SectionName = "Protection";

    /// <summary>A child must be acknowledged by the receiving agency within this time (2 hours).</summary>
    public TimeSpan AcknowledgeMinorWithin { get; set; } = TimeSpan.FromHours(2);

    /// <summary>An adult victim must be acknowledged within this time (24 hours).</summary>
    public TimeSpan AcknowledgeVictimWithin { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often the deadline watcher looks for referrals past their deadline.</summary>
    public TimeSpan DeadlineScanInterval { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan AcknowledgeWithin(ReferralKind kind) =>
        kind == ReferralKind.Minor ? AcknowledgeMinorWithin : AcknowledgeVictimWithin;
}
