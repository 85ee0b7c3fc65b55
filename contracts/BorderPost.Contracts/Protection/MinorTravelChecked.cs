namespace BorderPost.Contracts.Protection;

/// <summary>
/// A minor leaving Haiti was checked at <paramref name="Post"/> on the Haitian <paramref name="Day"/>: the child's sex
/// and age band, the outcome (<c>cleared</c>, <c>held</c> for protection, <c>released_on_override</c>) and, when the
/// child would have been held, the reason code (<c>authorisation_missing</c>…) — never a name, a number or the
/// officer's written reason.
/// </summary>
public sealed record MinorTravelChecked(
    Guid EventId,
    Guid CheckId,
    string OriginPost,
    string Post,
    DateOnly Day,
    string Sex,
    string AgeBand,
    string Outcome,
    string? HoldReason,
    DateTimeOffset CheckedAt);
