namespace BorderPost.Contracts.Protection;

/// <summary>
/// An adult found with a group was screened at <paramref name="Post"/> on the Haitian <paramref name="Day"/>: what
/// BorderPost proposed and what the officer decided (<c>probable_trafficking_victim</c>, <c>smuggled_migrant</c>,
/// <c>vulnerable_migrant</c>) — never the answers, a name or the reason.
/// </summary>
public sealed record ScreeningDecided(
    Guid EventId,
    Guid ScreeningId,
    string OriginPost,
    string Post,
    DateOnly Day,
    string Proposed,
    string Decided,
    DateTimeOffset DecidedAt);
