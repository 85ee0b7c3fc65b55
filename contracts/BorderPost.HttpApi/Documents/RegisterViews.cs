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
