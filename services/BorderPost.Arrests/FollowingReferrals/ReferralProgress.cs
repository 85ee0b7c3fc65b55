namespace BorderPost.Arrests.FollowingReferrals;

/// <summary>
/// Where a referral made at a post stands, as Protection's integration events tell it (codes and times, never the
/// person): a post's own copy, so its officers see whether the agency acknowledged while the link to headquarters is
/// down. Each event fills its own fields, so the events may arrive in any order, or twice.
/// </summary>
public sealed record ReferralProgress(
    Guid Id,
    string Post,
    string Kind,
    string Agency,
    Guid? ArrestId = null,
    DateTimeOffset? ReferredAt = null,
    DateTimeOffset? AcknowledgeBy = null,
    DateTimeOffset? AcknowledgedAt = null,
    bool? AcknowledgedInTime = null,
    DateTimeOffset? OverdueSince = null,
    DateTimeOffset? ClosedAt = null,
    string? Outcome = null,
    DateTimeOffset? HeardAt = null)
{
    /// <summary><c>closed</c>, <c>acknowledged</c>, <c>overdue</c> or <c>awaiting</c> (acknowledgement).</summary>
    public string Status =>
        ClosedAt is not null ? "closed"
        : AcknowledgedAt is not null ? "acknowledged"
        : OverdueSince is not null ? "overdue"
        : "awaiting";
}
