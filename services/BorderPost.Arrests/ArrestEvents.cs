namespace BorderPost.Arrests;

// Domain events of the arrest stream. They stay in this service; Publishing/ maps them to contracts.

public enum TransferRecipient { JudicialPolice, Prosecutor }

public sealed record ArrestRecorded(Guid ArrestId, ArrestDetails Details, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record ArrestCorrected(Guid ArrestId, ArrestDetails Details, string Reason, string CorrectedBy, DateTimeOffset CorrectedAt);

/// <summary>The suspect was handed to the judicial police or the prosecutor: <paramref name="ReceivedBy"/> is who took them.</summary>
public sealed record SuspectTransferred(
    Guid ArrestId, TransferRecipient To, string ReceivedBy, DateTimeOffset TransferredAt, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record SuspectReleased(Guid ArrestId, string Reason, DateTimeOffset ReleasedAt, string RecordedBy, DateTimeOffset RecordedAt);
