namespace BorderPost.Documents.Register;

/// <summary>
/// A register file read but not yet applied: the admin sees the preview (counts, per-line errors, a sample) and then
/// commits it, which writes the valid entries in one transaction. Committing twice writes nothing more.
/// </summary>
public sealed record PendingImport(
    Guid Id,
    string FileName,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    int Lines,
    IReadOnlyList<ReportedDocument> Entries,
    IReadOnlyList<LineError> Errors,
    DateTimeOffset? CommittedAt);
