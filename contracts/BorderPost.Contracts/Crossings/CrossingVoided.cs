namespace BorderPost.Contracts.Crossings;

/// <summary>A recorded crossing was voided (entered in error); <paramref name="Previous"/> is what stops counting.</summary>
public sealed record CrossingVoided(
    Guid EventId,
    Guid CrossingId,
    long Version,
    string OriginPost,
    CrossingFacts Previous,
    DateTimeOffset VoidedAt);
