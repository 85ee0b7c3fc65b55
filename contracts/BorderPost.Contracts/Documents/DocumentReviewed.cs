namespace BorderPost.Contracts.Documents;

/// <summary>
/// A supervisor reviewed a <c>suspicious</c> or <c>fraudulent</c> document check: <paramref name="Decision"/> is
/// <c>confirm</c> or <c>overturn</c>; <paramref name="Verdict"/> is the verdict reviewed. No names, no reason text.
/// <paramref name="EventId"/> is globally unique and stable across redelivery; <paramref name="Day"/> is the Haitian
/// calendar day of the review.
/// </summary>
public sealed record DocumentReviewed(
    Guid EventId,
    Guid CheckId,
    string OriginPost,
    string Post,
    string Verdict,
    string Decision,
    DateOnly Day,
    DateTimeOffset ReviewedAt);
