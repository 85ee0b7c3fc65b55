namespace BorderPost.Contracts.Arrests;

/// <summary>
/// An arrest was recorded. <paramref name="EventId"/> is globally unique and stable across redelivery;
/// <paramref name="OriginPost"/> is the node that recorded it. The Protection service opens a referral for each of
/// <paramref name="PersonsToRefer"/> it does not know yet.
/// </summary>
public sealed record ArrestRecorded(
    Guid EventId,
    Guid ArrestId,
    long Version,
    string OriginPost,
    ArrestFacts Facts,
    IReadOnlyList<PersonToRefer> PersonsToRefer,
    DateTimeOffset RecordedAt);
