namespace BorderPost.Contracts.Crossings;

/// <summary>
/// A crossing was recorded at a post. <paramref name="EventId"/> is globally unique and stable across redelivery;
/// <paramref name="OriginPost"/> is the post node where it was written; <paramref name="Version"/> is the crossing
/// stream's version after this event.
/// </summary>
public sealed record CrossingRecorded(
    Guid EventId,
    Guid CrossingId,
    long Version,
    string OriginPost,
    CrossingFacts Facts,
    DateTimeOffset RecordedAt);
