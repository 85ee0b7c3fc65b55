namespace BorderPost.Contracts.Documents;

/// <summary>
/// A document check was completed. Carries the verdict (<c>clear</c>, <c>suspicious</c>, <c>fraudulent</c>,
/// <c>unreadable</c>), the MRZ format (<c>TD1</c>, <c>TD2</c>, <c>TD3</c>, <c>MRVA</c>, <c>MRVB</c>, or null when none
/// was read) and the finding codes — never names or document numbers. <paramref name="EventId"/> is globally unique
/// and stable across redelivery; <paramref name="OriginPost"/> is the node where the check ran; <paramref name="Day"/>
/// is the Haitian calendar day of the check.
/// </summary>
public sealed record DocumentChecked(
    Guid EventId,
    Guid CheckId,
    string OriginPost,
    string Post,
    Guid? CrossingId,
    string Verdict,
    string? Format,
    IReadOnlyList<string> FindingCodes,
    DateOnly Day,
    DateTimeOffset CheckedAt);
