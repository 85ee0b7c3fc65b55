namespace BorderPost.Contracts.Crossings;

/// <summary>A recorded crossing was corrected; carries the facts before and after so totals can move.</summary>
public sealed record CrossingCorrected(
    Guid EventId,
    Guid CrossingId,
    long Version,
    string OriginPost,
    CrossingFacts Previous,
    CrossingFacts Current,
    DateTimeOffset CorrectedAt);
