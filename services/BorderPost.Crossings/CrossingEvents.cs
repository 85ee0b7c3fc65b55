namespace BorderPost.Crossings;

// Domain events of the crossing stream. They stay in this service; Publishing/ maps them to contracts.

public sealed record CrossingRecorded(Guid CrossingId, CrossingDetails Details, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record CrossingCorrected(Guid CrossingId, CrossingDetails Details, string Reason, string CorrectedBy, DateTimeOffset CorrectedAt);

public sealed record CrossingVoided(Guid CrossingId, string Reason, string VoidedBy, DateTimeOffset VoidedAt);
