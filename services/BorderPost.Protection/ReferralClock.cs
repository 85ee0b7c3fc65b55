namespace BorderPost.Protection;

/// <summary>
/// The time of the referral workflow: when a person was referred, acknowledged, and when a deadline passed. A clock of
/// its own (rather than the host's <see cref="TimeProvider"/>) so that a test can move it hours ahead without moving
/// token validation with it.
/// </summary>
public sealed class ReferralClock(TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();
}
