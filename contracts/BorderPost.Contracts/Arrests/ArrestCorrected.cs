namespace BorderPost.Contracts.Arrests;

/// <summary>An arrest was corrected: the facts before and after (counts move), and every person to refer so far.</summary>
public sealed record ArrestCorrected(
    Guid EventId,
    Guid ArrestId,
    long Version,
    string OriginPost,
    ArrestFacts Previous,
    ArrestFacts Current,
    IReadOnlyList<PersonToRefer> PersonsToRefer,
    DateTimeOffset CorrectedAt);
