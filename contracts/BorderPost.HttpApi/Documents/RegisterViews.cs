namespace BorderPost.HttpApi.Documents;

// The lost and stolen document register: an extract is uploaded as multipart/form-data (a CSV file), previewed, then
// committed.

/// <summary>An import before or after it is committed: counts, the first errors and the first entries.</summary>
public sealed record RegisterImportPreview(
    Guid ImportId, string FileName, int Lines, int Valid, int Invalid, IReadOnlyList<RegisterLineError> Errors,
    IReadOnlyList<RegisterEntryView> Sample, bool Committed, int RegisterSize);

/// <summary>A bad line of the file: the column and the message, in the caller's language.</summary>
public sealed record RegisterLineError(int Line, string Column, string Message);

/// <summary>A reported document; <see cref="Status"/> is <c>lost</c>, <c>stolen</c> or <c>recovered</c>.</summary>
public sealed record RegisterEntryView(
    string Id, string IssuingCountry, string DocumentNumber, string? DocumentType, string Status, DateOnly? ReportedOn, string Source, Guid ImportId);

/// <summary>
/// The register as this node holds it: the documents reported lost or stolen, and when headquarters last changed one of
/// them, a recovery included (null when it holds none). At a post it is headquarters' register as of the last change that came over the link.
/// </summary>
public sealed record RegisterStatusView(string Node, int Documents, DateTimeOffset? ChangedAt);

/// <summary>The whole register sent again to the post nodes: its entries (recovered ones too) and the parts they went in.</summary>
public sealed record RegisterSentView(Guid ChangeId, int Entries, int Parts);
