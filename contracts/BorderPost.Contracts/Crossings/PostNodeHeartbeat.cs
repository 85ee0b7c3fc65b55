namespace BorderPost.Contracts.Crossings;

/// <summary>
/// A post node is alive. The post's Crossings service publishes it to the post's own broker every
/// <c>Node:HeartbeatInterval</c>. It reaches headquarters over the post's link like the post's events, in order with
/// them: when headquarters hears one, it knows the post's link works, and <paramref name="SentAt"/> against the time
/// it arrived says how far behind the link still is. Carries no person's data.
/// </summary>
public sealed record PostNodeHeartbeat(string OriginPost, DateTimeOffset SentAt);
