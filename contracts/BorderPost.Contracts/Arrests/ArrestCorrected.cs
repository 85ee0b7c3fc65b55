namespace BorderPost.Contracts.Arrests;

/// <summary>
/// An arrest was corrected: the facts before and after (counts move), every person to refer so far, and when the arrest
/// was first recorded (a person's acknowledgement deadline runs from then, whichever message arrives first).
/// </summary>
public sealed record ArrestCorrected(
    Guid EventId,
    Guid ArrestId,
    long Version,
    string OriginPost,
    ArrestFacts Previous,
    ArrestFacts Current,
    IReadOnlyList<PersonToRefer> PersonsToRefer,
    DateTimeOffset CorrectedAt,
    DateTimeOffset ArrestRecordedAt);
